package org.cordon.community;

/** What kind of place a compound (小区) is, as the article lists them for Jinsha. */
public enum CompoundKind {
  /** Old open compound (老旧小区), often "three-nos": no management, no walls or gates, no committee. */
  OLD_OPEN_COMPOUND,
  /** Commercial-residential area (商住区). */
  COMMERCIAL_RESIDENTIAL_AREA,
  /** Dormitory building(s) of a work unit (单位宿舍楼). */
  UNIT_DORMITORY,
  /** Villager group (村民小组). */
  VILLAGER_GROUP,
  /** Premises of an agency, enterprise or institution (机关企事业单位). */
  INSTITUTION
}
