package org.cordon.simulation.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cordon.community.Community;
import org.cordon.measure.ContactEffect;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.DiseaseParameters;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.disease.QuarantineSetting;
import org.cordon.simulation.disease.TransmissionParameters;

/**
 * The shared set-up of the engine's unit tests: models with named case-finding delays, a
 * replicate on a hand-built community that a test drives step by step, and helpers that put
 * residents into a state or read the replicate's queued events.
 */
final class EngineFixture {
  static final LocalDate START = LocalDate.of(2020, 1, 20);
  static final int DAYS = 40;

  private EngineFixture() {}

  /** No transmission at all. */
  static TransmissionParameters noTransmission() {
    return new TransmissionParameters(0, 0, 0, 0, 0, 0.25, 1.0);
  }

  /** Rates so high that every layer's group is reached in one step. */
  static TransmissionParameters overwhelming() {
    return new TransmissionParameters(50, 50, 50, 50, 50, 0.25, 1.0);
  }

  /** No returnee infected. */
  static ImportParameters noImports() {
    return new ImportParameters(0, 0, 0, 10);
  }

  /**
   * The default case finding with the tracing delay, quarantine days and contacts outside the
   * household given.
   */
  static CaseFindingParameters caseFinding(double tracingDelayDays, double quarantineDays, double contactsOutside) {
    CaseFindingParameters d = CaseFindingParameters.defaults();
    return new CaseFindingParameters(d.careSeekingDaysEarly(), d.careSeekingDaysLate(), d.fasterCareFrom(),
        d.careSeekingShape(), d.confirmationDays(), d.febrileShare(), d.surveySensitivity(), d.quarantineDetectionDays(),
        tracingDelayDays, quarantineDays, d.isolationDays(), contactsOutside);
  }

  static ModelParameters model(TransmissionParameters tr, CaseFindingParameters cf, ImportParameters imports) {
    return new ModelParameters(DiseaseParameters.defaults(), tr, cf, imports);
  }

  static Simulation simulation(Community community, Interventions interventions, ModelParameters p) {
    return Simulation.of(PolicyTable.compile(community, interventions, START, START.plusDays(DAYS - 1)), p);
  }

  /**
   * The household attack-rate community: 6,000 households of 3 (the mean household size is 3.38)
   * whose first member is a returnee arriving on the first day, infected with probability 0.3
   * (about 1,800 index cases and 3,600 household contacts); household transmission only at the
   * default household rate, the default case finding without contacts outside the household, no
   * measure; 60 days.
   */
  static Simulation householdOnlyReturnees() {
    Community community = TestCommunities.grid(1, 600, 10, 3, 1, -1, START);
    TransmissionParameters householdOnly = new TransmissionParameters(
        TransmissionParameters.defaults().household(), 0, 0, 0, 0, 0.25, 1.0);
    ModelParameters p = new ModelParameters(DiseaseParameters.defaults(), householdOnly,
        CaseFindingParameters.defaults().withContactsOutsideHousehold(0), new ImportParameters(0.3, 0, 0, 0));
    return Simulation.of(PolicyTable.compile(community, Interventions.NONE, START, START.plusDays(60)), p);
  }

  /**
   * A small community where every part of a replicate's state is written: 2 compounds of 4
   * buildings of 10 households of 3, every 3rd household's first member a returnee infected with
   * probability 0.5; three times the default rates; tracing (1 day, 3 contacts outside the
   * household), 14 days' quarantine at home and in a facility from day 10; everyone surveyed.
   */
  static Simulation busyGrid() {
    Community c = TestCommunities.grid(2, 4, 10, 3, 3, -1, START);
    TransmissionParameters d = TransmissionParameters.defaults();
    TransmissionParameters tr = new TransmissionParameters(3 * d.household(), 3 * d.building(), 3 * d.compound(),
        3 * d.workplace(), 3 * d.community(), d.nightShare(), d.transmissionScale());
    ModelParameters p = model(tr, caseFinding(1, 14, 3).withQuarantine(QuarantineSetting.FACILITY, START.plusDays(10)),
        new ImportParameters(0.5, 0, 0, 10));
    return simulation(c, surveyEveryone(), p);
  }

  /** A replicate (index 0) of {@code sim} that a test drives with {@link Replicate#step}. */
  static Replicate replicate(Simulation sim, long seed) {
    return new Replicate(sim, seed, 0);
  }

  static Replicate replicate(Community community, Interventions interventions, ModelParameters p, long seed) {
    return replicate(simulation(community, interventions, p), seed);
  }

  /** Makes {@code r} a symptomatic infectious case (state I), not isolated. */
  static void symptomatic(Replicate rep, int r) {
    put(rep, r, ResidentState.I);
  }

  /** Makes {@code r} a presymptomatic infectious case (state P). */
  static void presymptomatic(Replicate rep, int r) {
    put(rep, r, ResidentState.P);
  }

  /** Makes {@code r} an asymptomatic infectious case (state A). */
  static void asymptomatic(Replicate rep, int r) {
    rep.st.flags[r] |= ResidentState.F_ASYMPTOMATIC;
    put(rep, r, ResidentState.A);
  }

  private static void put(Replicate rep, int r, byte state) {
    rep.st.state[r] = state;
    rep.transmission.infected(r); // as an infection does: no longer a candidate
    if (!rep.st.isActive(r)) {
      rep.st.addActive(r);
    }
    rep.st.refresh(r); // as a state change of an active resident does
  }

  /** Runs steps {@code from} to {@code to} (exclusive). */
  static void steps(Replicate rep, int from, int to) {
    for (int s = from; s < to; s++) {
      rep.step(s);
    }
  }

  /** @return the residents with an event of {@code type} queued at {@code step}, in queue order */
  static List<Integer> queued(Replicate rep, int step, int type) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < rep.queue.size(step); i++) {
      int e = rep.queue.get(step, i);
      if ((e & EventQueue.TYPE_MASK) == type) {
        out.add(e >>> EventQueue.TYPE_BITS);
      }
    }
    return out;
  }

  static boolean quarantined(Replicate rep, int r) {
    return rep.st.has(r, ResidentState.F_QUARANTINED);
  }

  static boolean isolated(Replicate rep, int r) {
    return rep.st.has(r, ResidentState.F_ISOLATED);
  }

  /**
   * The default case finding with the febrile share and survey sensitivity given (and no
   * contacts outside the household).
   */
  static CaseFindingParameters survey(double febrileShare, double sensitivity) {
    CaseFindingParameters d = CaseFindingParameters.defaults();
    return new CaseFindingParameters(d.careSeekingDaysEarly(), d.careSeekingDaysLate(), d.fasterCareFrom(),
        d.careSeekingShape(), d.confirmationDays(), febrileShare, sensitivity, d.quarantineDetectionDays(),
        d.tracingDelayDays(), d.quarantineDays(), d.isolationDays(), 0);
  }

  /** No contact measure; the survey visits every resident every day. */
  static Interventions surveyEveryone() {
    return new Interventions() {
      @Override
      public ContactEffect contactEffect(LocalDate day, org.cordon.measure.TimeBand band) {
        return ContactEffect.NONE;
      }

      @Override
      public float[] surveyVisits(LocalDate day, int residents) {
        float[] v = new float[residents];
        java.util.Arrays.fill(v, 1f);
        return v;
      }
    };
  }
}
