package org.cordon.measure;

/** What physically blocks a sealed checkpoint (卡口). */
public enum BarrierType {
  /** Trucks and tractors parked across the entrance (Honghua, 25 Jan 2020). */
  VEHICLES,
  /** Iron sheets (铁皮) sealing the entrance "thoroughly" (days after, docs/sources.md#the-response). */
  IRON_SHEETS
}
