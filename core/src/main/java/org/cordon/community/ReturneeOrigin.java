package org.cordon.community;

/** Where a returnee (返乡人员) came back from before the 2020 festival; {@link #NONE} for residents who did not travel. */
public enum ReturneeOrigin {
  /** Not a returnee. */
  NONE,
  /** Came back from Wuhan. */
  WUHAN,
  /** Came back from elsewhere in Huanggang prefecture. */
  HUANGGANG,
  /** Came back from anywhere else. */
  OTHER
}
