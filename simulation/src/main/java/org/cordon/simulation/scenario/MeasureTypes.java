package org.cordon.simulation.scenario;

import java.util.List;
import org.cordon.measure.BuildingPassageClosure;
import org.cordon.measure.CaseIsolation;
import org.cordon.measure.CommunityClosure;
import org.cordon.measure.CompoundClosure;
import org.cordon.measure.ContactQuarantine;
import org.cordon.measure.Disinfection;
import org.cordon.measure.DoorToDoorSurvey;
import org.cordon.measure.GuardSchedule;
import org.cordon.measure.Measure;

/** The {@code type:} names of measures in scenario files. */
final class MeasureTypes {
  static final String COMPOUND_CLOSURE = "compound-closure";
  static final String COMMUNITY_CLOSURE = "community-closure";
  static final String BUILDING_PASSAGE_CLOSURE = "building-passage-closure";
  static final String GUARD_SCHEDULE = "guard-schedule";
  static final String SURVEY = "survey";
  static final String CASE_ISOLATION = "case-isolation";
  static final String CONTACT_QUARANTINE = "contact-quarantine";
  static final String DISINFECTION = "disinfection";

  static final List<String> ALL =
      List.of(
          COMPOUND_CLOSURE, COMMUNITY_CLOSURE, BUILDING_PASSAGE_CLOSURE, GUARD_SCHEDULE, SURVEY,
          CASE_ISOLATION, CONTACT_QUARANTINE, DISINFECTION);

  private MeasureTypes() {}

  static String of(Measure m) {
    if (m instanceof CompoundClosure) {
      return COMPOUND_CLOSURE;
    } else if (m instanceof CommunityClosure) {
      return COMMUNITY_CLOSURE;
    } else if (m instanceof BuildingPassageClosure) {
      return BUILDING_PASSAGE_CLOSURE;
    } else if (m instanceof GuardSchedule) {
      return GUARD_SCHEDULE;
    } else if (m instanceof DoorToDoorSurvey) {
      return SURVEY;
    } else if (m instanceof CaseIsolation) {
      return CASE_ISOLATION;
    } else if (m instanceof ContactQuarantine) {
      return CONTACT_QUARANTINE;
    }
    return DISINFECTION;
  }

  static List<String> keys(String type) {
    switch (type) {
      case COMPOUND_CLOSURE:
        return List.of("type", "name", "start", "end", "compounds", "mode", "barrier", "checkpoints", "openForSupplies");
      case COMMUNITY_CLOSURE:
        return List.of("type", "name", "start", "end", "mode", "barrier", "checkpoints", "openForSupplies");
      case BUILDING_PASSAGE_CLOSURE:
        return List.of("type", "name", "start", "end", "compounds");
      case GUARD_SCHEDULE:
        return List.of("type", "name", "start", "end", "hours", "checkpoints", "postsPerCheckpoint", "shifts");
      case SURVEY:
        return List.of(
            "type", "name", "start", "end", "staff", "householdsPerStaffPerDay", "stages", "dailyTemperatureCheck");
      case CASE_ISOLATION:
        return List.of("type", "name", "start", "end", "delayDays");
      case CONTACT_QUARANTINE:
        return List.of("type", "name", "start", "end", "layers", "lookbackDays", "delayDays", "durationDays");
      default:
        return List.of("type", "name", "start", "durationDays", "places", "publicPlaces");
    }
  }
}
