package org.cordon.simulation.disease;

/**
 * Where close contacts spend their quarantine (medical observation, 医学观察): at home, where they
 * still share the household with its other members, or in a designated facility (集中隔离点),
 * where they have no household contact. Every other layer is closed to a quarantined contact in
 * both settings. See {@link CaseFindingParameters#quarantineSetting()}.
 */
public enum QuarantineSetting {
  /** Home quarantine: household transmission goes on, to and from the contact. */
  HOME,
  /**
   * Facility quarantine from {@link CaseFindingParameters#facilityQuarantineFrom()} (home before
   * it): a contact quarantined on or after that day has no household contact until released.
   */
  FACILITY
}
