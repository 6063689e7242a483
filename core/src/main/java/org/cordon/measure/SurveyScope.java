package org.cordon.measure;

import org.cordon.community.ReturneeOrigin;

/**
 * Whom the door-to-door survey (摸排) looks for; the article: "first Wuhan and Huanggang
 * returnees, two days later all returnees from elsewhere, later every resident".
 * Scopes are ordered from narrowest to widest.
 */
public enum SurveyScope {
  /** Returnees from Wuhan and Huanggang (武汉、黄冈返乡人员). */
  WUHAN_HUANGGANG_RETURNEES,
  /** All returnees (所有外地返乡人员). */
  ALL_RETURNEES,
  /** Every resident ("不漏一户，不漏一人"). */
  ALL_RESIDENTS;

  /**
   * @param origin where a resident returned from
   * @return whether a resident with that origin is within this scope
   */
  public boolean includes(ReturneeOrigin origin) {
    switch (this) {
      case WUHAN_HUANGGANG_RETURNEES:
        return origin == ReturneeOrigin.WUHAN || origin == ReturneeOrigin.HUANGGANG;
      case ALL_RETURNEES:
        return origin != ReturneeOrigin.NONE;
      default:
        return true;
    }
  }
}
