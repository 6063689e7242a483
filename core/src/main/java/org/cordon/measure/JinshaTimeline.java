package org.cordon.measure;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cordon.community.Checkpoint;
import org.cordon.community.Community;
import org.cordon.contact.Layer;

/**
 * The Jinsha 2020 measures as a preset timeline for a community that has compounds named as in
 * the article ({@link #HONGHUA}, {@link #VILLAGER_GROUP_5}, {@link #COTTON_MILL}, {@link
 * #TRAFFIC_POLICE}; the Jinsha synthesizer names them so). Every date and number cites
 * docs/sources.md#the-response ("FACTS") next to it; where the article is vague ("days after", "later") the
 * chosen value is labelled an assumption.
 *
 * <p>Each part of the response has its own start ({@link JinshaResponse}), so variants can move
 * one part or all of them: as it happened (Honghua 25 Jan 13:00, whole community ~1 Feb, survey 28
 * Jan), the closure late (the Huanggang city date, 10 Feb, or the province date, 12 Feb), the whole
 * local response late, or never.
 *
 * <pre>{@code
 * PolicyTimeline asItHappened = JinshaTimeline.build(community, JinshaResponse.asItHappened());
 * PolicyTimeline late = JinshaTimeline.build(community, JinshaResponse.closureFrom(LocalDateTime.of(2020, 2, 10, 8, 0)));
 * PolicyTimeline lateResponse = JinshaTimeline.build(community,
 *     ResponsePart.RESPONSE.moveTo(JinshaResponse.asItHappened(), LocalDate.of(2020, 2, 10)));
 * }</pre>
 */
public final class JinshaTimeline {
  /** The old open compound sealed first (FACTS: 25 Jan). */
  public static final String HONGHUA = "Honghua";
  /** Villager group 5, where disinfection began (FACTS: 23 Jan). */
  public static final String VILLAGER_GROUP_5 = "Villager group 5";
  /** The cotton-mill compound, disinfected (FACTS: 23 Jan, 7 days). */
  public static final String COTTON_MILL = "Cotton mill";
  /** The traffic-police housing, disinfected (FACTS: 23 Jan, 7 days). */
  public static final String TRAFFIC_POLICE = "Traffic police housing";

  /** First scenario day. Assumption: the first returnees' arrival (start of chunyun, 10 Jan 2020). */
  public static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 10);
  /** Last scenario day. FACTS: 8 Mar, Hong'an county's last 4 patients discharged. */
  public static final LocalDate LAST_DAY = LocalDate.of(2020, 3, 8);

  /** FACTS: Honghua sealed "~13:00" on 25 Jan (正月初一). */
  public static final LocalDateTime HONGHUA_CLOSURE = LocalDateTime.of(2020, 1, 25, 13, 0);
  /** FACTS: "~1 Feb" whole community ("one week later"); 08:00 is an assumption. */
  public static final LocalDateTime COMMUNITY_CLOSURE = LocalDateTime.of(2020, 2, 1, 8, 0);
  /** FACTS: 10 Feb, Huanggang city closes compounds (article date; 08:00 an assumption). */
  public static final LocalDate CITY_CLOSURE_DATE = LocalDate.of(2020, 2, 10);
  /** FACTS: 12 Feb, Hubei announces closed management of all compounds (article date). */
  public static final LocalDate PROVINCE_CLOSURE_DATE = LocalDate.of(2020, 2, 12);
  /** FACTS: 23 Jan, the group 5 leader starts disinfecting; 08:00 is an assumption. */
  public static final LocalDateTime DISINFECTION_START = LocalDateTime.of(2020, 1, 23, 8, 0);
  /** FACTS: 28 Jan, door-to-door survey from 08:00. Also the start of quarantine and of the shorter isolation delay. */
  public static final LocalDateTime SURVEY_START = LocalDateTime.of(2020, 1, 28, 8, 0);
  /** FACTS: the survey's scope widened to all returnees "two days later" (~30 Jan). */
  public static final int ALL_RETURNEES_AFTER_DAYS = 2;
  /** Assumption: scope widened to all residents 4 days after the start (1 Feb; FACTS: "changed three times in a week"). */
  public static final int ALL_RESIDENTS_AFTER_DAYS = 4;

  /** Assumption: iron sheets replace the trucks 3 days after the community closure (FACTS: "days after"). */
  public static final int IRON_SHEETS_AFTER_DAYS = 3;
  /** Assumption: guards go 24 h 2 days after the community closure (FACTS: after night escapes). */
  public static final int ALL_DAY_GUARDS_AFTER_DAYS = 2;
  /** Assumption: passages between unit buildings sealed 7 days after the community closure (FACTS: "later"). */
  public static final int PASSAGES_AFTER_DAYS = 7;
  /** Assumption: "a few" checkpoints kept open for supplies (FACTS) = the first 3 community-boundary gates. */
  public static final int SUPPLY_GATES = 3;
  /** Assumption: guards at a supply gate at one time (one checks deliveries, one keeps the ledger). */
  public static final int SUPPLY_GATE_POSTS = 2;
  /** Assumption: compound gates sealed with iron sheets are patrolled, one patrol for this many gates. */
  public static final int GATES_PER_PATROL = 3;
  /** Assumption: guards in one gate patrol (two, so one can report while the other watches). */
  public static final int GUARDS_PER_PATROL = 2;
  /** Assumption: once guards work 24 h, a day and a night shift of 12 h (FACTS: two containers as shelters). */
  public static final int SHIFTS_24H = 2;

  private JinshaTimeline() {}

  /**
   * @param community a community with the compounds named in this class
   * @return the timeline as it happened, over {@link #FIRST_DAY} to {@link #LAST_DAY}
   * @throws org.cordon.InvalidInputException if a named compound is missing
   */
  public static PolicyTimeline build(Community community) {
    return build(community, JinshaResponse.asItHappened());
  }

  /**
   * @param community a community with the compounds named in this class
   * @param response when each part of the response starts
   * @return the timeline over {@link #FIRST_DAY} to {@link #LAST_DAY}, default assumptions
   * @throws org.cordon.InvalidInputException if a named compound is missing or a date is outside
   *     the scenario
   */
  public static PolicyTimeline build(Community community, JinshaResponse response) {
    return PolicyTimeline.builder(community, FIRST_DAY, LAST_DAY)
        .addAll(measures(community, response))
        .assumptions(ContainmentAssumptions.defaults())
        .build();
  }

  /**
   * @param community a community with the compounds named in this class
   * @param response when each part of the response starts
   * @return the measures, in date order
   * @throws org.cordon.InvalidInputException if a named compound is missing
   */
  public static List<Measure> measures(Community community, JinshaResponse response) {
    int honghua = community.compoundId(HONGHUA);
    List<Measure> m = new ArrayList<>();

    // FACTS 23 Jan: group 5 leader disinfects group 5's public places, then Honghua, the
    // cotton-mill compound and the traffic-police housing, ~20 t a day for 7 days. Assumption:
    // all four places from the first day, from 08:00.
    CompoundSet disinfected = CompoundSet.of(
        community.compoundId(VILLAGER_GROUP_5),
        honghua,
        community.compoundId(COTTON_MILL),
        community.compoundId(TRAFFIC_POLICE));
    response.disinfection().ifPresent(start -> m.add(
        new Disinfection("disinfection", start, 7 /* FACTS: 7 days */, disinfected, false)));

    // Isolation of confirmed cases. FACTS (Zhang et al. 2020): onset to admission 4.4 d for onset
    // before 27 Jan, 2.6 d from 28 Jan to 8 Feb; the switch at the survey's start (28 Jan 08:00),
    // a part of its own (response.isolationSwitch()): a national trend, not the local response.
    LocalDateTime first = FIRST_DAY.atStartOfDay();
    Optional<LocalDateTime> isolationSwitch = response.isolationSwitch();
    if (isolationSwitch.isEmpty()) {
      m.add(new CaseIsolation("isolation-early", first, Optional.empty(), 4.4));
    } else if (!isolationSwitch.get().isAfter(first)) {
      m.add(new CaseIsolation("isolation", first, Optional.empty(), 2.6));
    } else {
      m.add(new CaseIsolation("isolation-early", first, isolationSwitch, 4.4));
      m.add(new CaseIsolation("isolation", isolationSwitch.get(), Optional.empty(), 2.6));
    }
    // Quarantine of close contacts (FACTS: 105 close contacts of 20 cases, "isolated at once").
    // Household and recorded-encounter contacts from 2 days before onset: the tracer's default
    // rule (CloseContactRule.DEFAULT, China's close-contact definition; an assumption for Jinsha
    // in January 2020). Assumptions: half a day's delay ("立即隔离"), 14 days' quarantine, from the
    // survey's start.
    response.quarantine().ifPresent(start -> m.add(
        ContactQuarantine.of(
            "quarantine",
            start,
            Optional.empty(),
            EnumSet.of(Layer.HOUSEHOLD, Layer.ENCOUNTER),
            2,
            0.5,
            14)));

    // The door-to-door survey. FACTS: from 28 Jan 08:00, daily temperature; scope widened to all
    // returnees ~30 Jan ("two days later"), later to all residents ("changed three times in a
    // week"): assumption 1 Feb. Staff, assumption from the FACTS team figures: 5 county units x 20
    // party members + 2 cadres x 20 dormitory buildings + 8 branches x 2.5 guides = 160.
    // Households per person per day: assumption 10 (a visit with temperature check ~20-30 min).
    response.survey().ifPresent(start -> m.add(
        DoorToDoorSurvey.of(
            "survey",
            start,
            Optional.empty(),
            160,
            10.0,
            List.of(
                new ScopeStage(start.toLocalDate(), SurveyScope.WUHAN_HUANGGANG_RETURNEES),
                new ScopeStage(start.toLocalDate().plusDays(ALL_RETURNEES_AFTER_DAYS), SurveyScope.ALL_RETURNEES),
                new ScopeStage(start.toLocalDate().plusDays(ALL_RESIDENTS_AFTER_DAYS), SurveyScope.ALL_RESIDENTS)),
            true)));

    Optional<LocalDateTime> community0 = response.community();
    Optional<LocalDateTime> honghua0 = response.effectiveHonghua();

    // Honghua: FACTS 25 Jan ~13:00, trucks and tractors at every entrance, staffed, "in only, no
    // one out", guards by day only at first ("about a dozen": assumption 2 posts at each of its gates).
    honghua0.ifPresent(
        start -> {
          m.add(
              CompoundClosure.builder("honghua-closure")
                  .start(start)
                  .compounds(honghua)
                  .mode(ClosureMode.ENTRY_ONLY)
                  .barrier(BarrierType.VEHICLES)
                  .build());
          m.add(
              new GuardSchedule(
                  "honghua-guards",
                  start,
                  community0,
                  GuardHours.DAYTIME,
                  CheckpointSet.ofCompounds(List.of(honghua)),
                  2,
                  1));
        });

    // Whole community: FACTS ~1 Feb; 213 checkpoints all sealed but a few kept for supplies;
    // trucks first, iron sheets "days after"; guards by day, then 24 h after night escapes;
    // passages between unit buildings sealed "later". Mode FULL: assumption (the article gives
    // "in only" for Honghua alone).
    community0.ifPresent(
        start -> {
          List<Integer> supply = supplyGates(community);
          LocalDateTime iron = start.plusDays(IRON_SHEETS_AFTER_DAYS);
          LocalDateTime allDay = start.plusDays(ALL_DAY_GUARDS_AFTER_DAYS);
          m.add(
              CommunityClosure.of(
                  "community-closure", start, Optional.of(iron), ClosureMode.FULL, BarrierType.VEHICLES, supply));
          m.add(
              CommunityClosure.of(
                  "community-closure-iron", iron, Optional.empty(), ClosureMode.FULL, BarrierType.IRON_SHEETS, supply));
          // Guards (FACTS: "about a dozen" to 306 at the peak), by the rules of guardPlan below:
          // by day only at first, then a day and a night shift.
          for (GuardPost post : guardPlan(community, supply)) {
            m.add(new GuardSchedule(post.name() + "-day", start, Optional.of(allDay), GuardHours.DAYTIME,
                CheckpointSet.of(post.gates()), post.posts(), 1));
            m.add(new GuardSchedule(post.name() + "-24h", allDay, Optional.empty(), GuardHours.ALL_DAY,
                CheckpointSet.of(post.gates()), post.posts(), SHIFTS_24H));
          }
          m.add(
              new BuildingPassageClosure(
                  "building-passages", start.plusDays(PASSAGES_AFTER_DAYS), Optional.empty(), CompoundSet.allCompounds()));
        });
    m.sort(java.util.Comparator.comparing(Measure::start));
    return ImmutableList.copyOf(m);
  }

  /** Guards of one kind of gate: a name, the gates they stand at, guards a post in each shift. */
  private record GuardPost(String name, List<Integer> gates, int posts) {}

  /**
   * Who guards which gate once the whole community is sealed. The article gives only the peak,
   * 306, and that trucks gave way to iron sheets with "a few" gates kept open for supplies; the
   * rules are assumptions, chosen so that they give the peak from the community's gates (on the
   * Jinsha preset: 3 supply gates, 15 other community-boundary gates, 195 compound gates; 3 × 2 ×
   * 2 + 15 × 1 × 2 + 65 × 2 × 2 = 302 guards on duty, 1.3% below 306):
   *
   * <ol>
   *   <li>the supply gates are posted, {@link #SUPPLY_GATE_POSTS} guards a post (one checks
   *       deliveries, one keeps the guard ledger);
   *   <li>the other gates of the community boundary are posted, 1 guard a post;
   *   <li>the compound gates (sealed with iron sheets) are patrolled, not posted: one patrol of
   *       {@link #GUARDS_PER_PATROL} guards for every {@link #GATES_PER_PATROL} gates, based at
   *       every {@value #GATES_PER_PATROL}rd compound gate in checkpoint order. Only the base
   *       counts as guarded: a patrolled gate between visits leaks as an unguarded one ({@code
   *       ironSheetLeakUnguarded}), its base as a guarded one ({@code ironSheetLeakGuarded}).
   *       These are the measures {@code community-guards-day} and {@code community-guards-24h}
   *       (the names the planner's web form edits).
   * </ol>
   *
   * Each rule staffs a day shift while guards work days only, then {@link #SHIFTS_24H} shifts.
   */
  private static List<GuardPost> guardPlan(Community community, List<Integer> supply) {
    List<Integer> boundary = new ArrayList<>();
    List<Integer> compound = new ArrayList<>();
    for (Checkpoint c : community.checkpoints()) {
      if (!supply.contains(c.id())) {
        (c.compound() == Community.NONE ? boundary : compound).add(c.id());
      }
    }
    List<Integer> bases = new ArrayList<>();
    for (int i = 0; i < compound.size(); i += GATES_PER_PATROL) {
      bases.add(compound.get(i));
    }
    List<GuardPost> posts = new ArrayList<>();
    posts.add(new GuardPost("supply-guards", supply, SUPPLY_GATE_POSTS));
    posts.add(new GuardPost("boundary-guards", boundary, 1));
    posts.add(new GuardPost("community-guards", bases, GUARDS_PER_PATROL));
    return posts.stream().filter(p -> !p.gates().isEmpty()).toList();
  }

  private static List<Integer> supplyGates(Community community) {
    List<Integer> boundary =
        community.checkpointsOf(Community.NONE).stream().map(Checkpoint::id).toList();
    List<Integer> pool =
        boundary.isEmpty() ? community.checkpoints().stream().map(Checkpoint::id).toList() : boundary;
    return pool.subList(0, Math.min(SUPPLY_GATES, pool.size()));
  }
}
