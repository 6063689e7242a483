package org.cordon.simulation.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.DoorToDoorSurvey;
import org.cordon.measure.GuardSchedule;
import org.cordon.measure.PolicyTimeline;
import org.cordon.measure.ScopeStage;
import org.cordon.measure.StaffingDay;
import org.cordon.simulation.experiment.CsvText;
import org.cordon.simulation.experiment.Presets;
import org.cordon.simulation.scenario.Scenario;
import org.cordon.simulation.scenario.StaffingSummary;

/** Formats the staffing of a scenario as a table, CSV or JSON. */
final class StaffingReport {
  /** FACTS (docs/sources.md#the-response): guards grew "from about a dozen to 306". */
  static final int ARTICLE_PEAK_GUARDS = 306;
  /** FACTS: the survey had the community's "底数" after one week. */
  static final int ARTICLE_SURVEY_DAYS = 7;

  private final Scenario scenario;
  private final PolicyTimeline timeline;
  private final List<StaffingDay> days;
  private final StaffingSummary summary;
  private final boolean jinsha;

  StaffingReport(Scenario scenario) {
    this.scenario = scenario;
    this.timeline = scenario.timeline();
    this.days = timeline.staffing();
    this.summary = StaffingSummary.of(timeline);
    this.jinsha = scenario.file().isEmpty() && Presets.find(scenario.name()).isPresent();
  }

  private static final String[] COLUMNS = {
    "date", "guards_on_duty", "survey_staff", "scope", "households_in_scope", "households_reached",
    "residents_in_scope", "residents_reached", "first_visits"
  };

  void csv(PrintWriter out) {
    List<List<Object>> rows = new ArrayList<>(days.size());
    for (StaffingDay d : days) {
      rows.add(List.of(d.day(), d.guardsOnDuty(), d.surveyStaff(), d.scope().map(Enum::name).orElse(""),
          d.householdsInScope(), d.householdsReached(), d.residentsInScope(), d.residentsReached(), d.firstVisits()));
    }
    out.print(CsvText.of(List.of(COLUMNS), rows).replace("\n", System.lineSeparator()));
  }

  void table(PrintWriter out) {
    out.printf("scenario %s (%s), %s to %s%n%n", scenario.name(), scenario.communitySpec().describe(),
        timeline.firstDay(), timeline.lastDay());
    out.printf("%-10s %7s %7s  %-26s %17s %17s %7s%n", "date", "guards", "survey", "survey scope",
        "households", "residents", "visits");
    out.printf("%-10s %7s %7s  %-26s %17s %17s %7s%n", "", "on duty", "staff", "",
        "reached/in scope", "reached/in scope", "first");
    for (StaffingDay d : days) {
      out.printf(Locale.ROOT, "%-10s %7d %7d  %-26s %8d/%-8d %8d/%-8d %7d%n", d.day(), d.guardsOnDuty(),
          d.surveyStaff(), d.scope().map(Enum::name).orElse("-"), d.householdsReached(), d.householdsInScope(),
          d.residentsReached(), d.residentsInScope(), d.firstVisits());
    }
    out.println();
    for (String line : summaryLines()) {
      out.println(line);
    }
  }

  List<String> summaryLines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "peak guards on duty: %d on %s%s", summary.peakGuards(),
        summary.peakGuardsDay(),
        jinsha ? " (article: about a dozen growing to " + ARTICLE_PEAK_GUARDS + ", docs/sources.md#the-response)" : ""));
    for (GuardSchedule g : timeline.measures(GuardSchedule.class)) {
      int gates = g.checkpoints().resolve(timeline.community()).length;
      lines.add(String.format(Locale.ROOT, "  %s from %s: %s, %d checkpoints x %d post(s) x %d shift(s) = %d",
          g.name(), g.start(), g.hours(), gates, g.postsPerCheckpoint(), g.shifts(),
          gates * g.postsPerCheckpoint() * g.shifts()));
    }
    String reached = summary.allHouseholdsReached()
        .map(d -> String.format(Locale.ROOT, "on %s, day %d of the survey", d, summary.surveyDaysToReachAll().get()))
        .orElse("never within the scenario");
    lines.add(String.format(Locale.ROOT, "survey reached all %,d households %s%s", summary.households(), reached,
        jinsha ? " (article: \"one week\", docs/sources.md#the-response)" : ""));
    if (summary.surveyStart().isPresent()) {
      StringBuilder covered = new StringBuilder("  scopes covered:");
      for (org.cordon.measure.SurveyScope scope : org.cordon.measure.SurveyScope.values()) {
        covered.append(' ').append(scope).append(' ')
            .append(timeline.survey().scopeCoveredOn(scope).map(Object::toString).orElse("never")).append(';');
      }
      lines.add(covered.substring(0, covered.length() - 1));
    }
    for (DoorToDoorSurvey s : timeline.measures(DoorToDoorSurvey.class)) {
      StringBuilder stages = new StringBuilder();
      for (ScopeStage st : s.stages()) {
        stages.append(stages.length() == 0 ? "" : ", ").append(st.from()).append(' ').append(st.scope());
      }
      lines.add(String.format(Locale.ROOT, "  %s from %s: %d staff x %s households a day = %d first visits a day;"
          + " scope %s", s.name(), s.start(), s.staff(), fmt(s.householdsPerStaffPerDay()), s.dailyCapacity(), stages));
    }
    if (jinsha) {
      lines.add("  assumptions (JinshaTimeline): 2 posts at each Honghua gate by day; from the community closure the"
          + " supply gates posted (2 a post), the other boundary gates posted (1 a post), the compound gates"
          + " patrolled (one patrol of 2 per 3 gates, based at every 3rd gate), by day, then 2 shifts (day, night)"
          + " from 2 days later; survey staff 160 = 5 units x 20 + 20 dormitories x 2 + 8 branches x 2.5; 10"
          + " households a person a day; all residents in scope from 1 Feb");
    }
    return lines;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  void json(PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("scenario", scenario.name());
    root.put("community", scenario.communitySpec().describe());
    root.put("start", timeline.firstDay().toString());
    root.put("end", timeline.lastDay().toString());
    ArrayNode a = root.putArray("days");
    for (StaffingDay d : days) {
      ObjectNode o = a.addObject();
      o.put("date", d.day().toString());
      o.put("guardsOnDuty", d.guardsOnDuty());
      o.put("surveyStaff", d.surveyStaff());
      if (d.scope().isPresent()) {
        o.put("scope", d.scope().get().name());
      } else {
        o.putNull("scope");
      }
      o.put("householdsInScope", d.householdsInScope());
      o.put("householdsReached", d.householdsReached());
      o.put("residentsInScope", d.residentsInScope());
      o.put("residentsReached", d.residentsReached());
      o.put("firstVisits", d.firstVisits());
    }
    ObjectNode s = root.putObject("summary");
    s.put("peakGuards", summary.peakGuards());
    s.put("peakGuardsDay", summary.peakGuardsDay().toString());
    s.put("peakSurveyStaff", summary.peakSurveyStaff());
    s.put("households", summary.households());
    if (summary.allHouseholdsReached().isPresent()) {
      s.put("allHouseholdsReached", summary.allHouseholdsReached().get().toString());
      s.put("surveyDaysToReachAll", summary.surveyDaysToReachAll().get());
    } else {
      s.putNull("allHouseholdsReached");
      s.putNull("surveyDaysToReachAll");
    }
    if (jinsha) {
      s.put("articlePeakGuards", ARTICLE_PEAK_GUARDS);
      s.put("articleSurveyDays", ARTICLE_SURVEY_DAYS);
    }
    ArrayNode notes = s.putArray("lines");
    summaryLines().forEach(notes::add);
    ObjectNode as = root.putObject("assumptions");
    for (ContainmentAssumptions.Assumption x : timeline.assumptions().describe()) {
      as.putObject(x.name()).put("value", x.value()).put("meaning", x.meaning()).put("label", "assumption");
    }
    try {
      out.println(mapper.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
