package org.cordon.simulation.engine;

/**
 * Who can still be infected, and from which step, in one array read per resident: per resident
 * ({@link #byResident}) and per household member slot ({@link #bySlot}, in {@code
 * householdMembers} order, so a household's members sit side by side) the step a susceptible
 * resident arrives ({@link PolicyTable#arrivalStep}), or {@link #INFECTED} once it is infected
 * (locally or as an import: {@code Transmission#infected}). So {@code byResident[j] <= s} means "present at step {@code s} and
 * still susceptible", which the transmission step reads instead of the infection state and the
 * arrival step (two more scattered reads per candidate). Quarantine is not folded in: it comes
 * and goes; a replicate in which nobody was ever quarantined ({@link ResidentState#quarantineSeen})
 * skips that read too. Per-replicate state; not thread-safe.
 */
final class Susceptibles {
  /** The value of a resident (or slot) once infected: after every step. */
  static final int INFECTED = Integer.MAX_VALUE;

  /** Per resident: its arrival step while susceptible, else {@link #INFECTED}. */
  final int[] byResident;
  /** Per household member slot: the same as {@link #byResident} for the member in that slot. */
  final int[] bySlot;
  private final int[] slotOf;

  /** @param t the table: arrival steps and household member slots */
  Susceptibles(PolicyTable t) {
    byResident = t.arrivalStep.clone();
    bySlot = t.memberArrivalStep.clone();
    slotOf = t.memberSlot;
  }

  /**
   * Marks resident {@code r} infected.
   *
   * @return its household member slot
   */
  int infected(int r) {
    byResident[r] = INFECTED;
    int m = slotOf[r];
    bySlot[m] = INFECTED;
    return m;
  }
}
