package org.cordon.server.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The planner's words for what the model calls by code names: readable names of the containment
 * assumptions and of the Jinsha timeline's measures, and dates written one way everywhere ("10 Feb
 * 2020", "10 Feb 2020 08:00"), as the page writes them.
 */
public final class PlannerWords {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
  private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2})(?::\\d{2})?)?");
  private static final Pattern MEASURE = Pattern.compile("measure '([^']+)'");
  private static final Pattern FIELD = Pattern.compile("\\bfield ([A-Za-z0-9_.\\[\\]]+): ");

  private static final Map<String, String> ASSUMPTIONS = new LinkedHashMap<>();

  static {
    ASSUMPTIONS.put("vehicleLeakGuarded", "Leak past a guarded vehicle barrier");
    ASSUMPTIONS.put("vehicleLeakUnguarded", "Leak past an unguarded vehicle barrier");
    ASSUMPTIONS.put("ironSheetLeakGuarded", "Leak past guarded iron sheets");
    ASSUMPTIONS.put("ironSheetLeakUnguarded", "Leak past unguarded iron sheets");
    ASSUMPTIONS.put("supplyGateLeakGuarded", "Leak through a guarded supply gate");
    ASSUMPTIONS.put("supplyGateLeakUnguarded", "Leak through an unguarded supply gate");
    ASSUMPTIONS.put("entryOnlyInflow", "Visitors still entering an entry-only compound");
    ASSUMPTIONS.put("communityClosurePublicPlaces", "Public-place contacts left in a community closure");
    ASSUMPTIONS.put("passageClosureCompoundFactor", "Compound contacts left once building passages close");
    ASSUMPTIONS.put("disinfectionFactor", "Place-borne transmission left after disinfection");
    ASSUMPTIONS.put("stayHomeFactor", "Contacts outside the home left when staying home");
    ASSUMPTIONS.put("stayHomeHouseholdFactor", "Household contacts, times, when staying home");
  }

  private PlannerWords() {}

  /**
   * @param name an assumption's code name ({@code ContainmentAssumptions.asMap()})
   * @return its readable name (the code name, spaced, for one without)
   */
  public static String assumption(String name) {
    return ASSUMPTIONS.getOrDefault(name, name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
  }

  /**
   * @param name a name a plan gives under {@code assumptions}
   * @return whether it is one of the model's containment assumptions ({@code
   *     ContainmentAssumptions.asMap()})
   */
  public static boolean knownAssumption(String name) {
    return org.cordon.measure.ContainmentAssumptions.defaults().asMap().containsKey(name);
  }

  /**
   * @param name an assumption's code name
   * @return its smallest and largest value: a share from 0 to 1, the household factor from 1 to
   *     {@code ContainmentAssumptions.MAX_STAY_HOME_HOUSEHOLD_FACTOR}
   */
  public static double[] assumptionRange(String name) {
    return name.equals("stayHomeHouseholdFactor")
        ? new double[] {1, org.cordon.measure.ContainmentAssumptions.MAX_STAY_HOME_HOUSEHOLD_FACTOR}
        : new double[] {0, 1};
  }

  /**
   * @param measure a measure name of the Jinsha timeline
   * @return the plan field a planner changes to move it ({@code "plan"} for none)
   */
  public static String fieldOfMeasure(String measure) {
    if (measure.startsWith("honghua")) {
      return PlanField.HONGHUA.key();
    }
    if (measure.endsWith("-24h")) {
      return PlanField.GUARDS_24H.key();
    }
    if (measure.startsWith("community") || measure.endsWith("-day") || measure.equals("building-passages")
        || measure.equals("disinfection")) {
      return PlanField.COMMUNITY.key();
    }
    if (measure.startsWith("isolation")) {
      return PlanField.ISOLATION_SWITCH.key();
    }
    for (PlanField f : PlanField.values()) {
      if (f.measure().equals(measure)) {
        return f.key();
      }
    }
    return "plan";
  }

  /**
   * @param measure a measure name of the Jinsha timeline
   * @return a readable name ("guards by day at the supply gates")
   */
  public static String measure(String measure) {
    switch (measure) {
      case "honghua-closure": return "the Honghua closure";
      case "honghua-guards": return "the guards at Honghua's gates";
      case "community-closure": return "the community closure";
      case "community-closure-iron": return "the iron sheets of the community closure";
      case "building-passages": return "the closing of building passages";
      case "survey": return "the door-to-door survey";
      case "disinfection": return "the disinfection";
      case "isolation-early": return "the isolation of cases (4.4 days after onset)";
      case "isolation": return "the isolation of cases (2.6 days after onset)";
      case "quarantine": return "the quarantine of close contacts";
      default:
        if (measure.endsWith("-day")) {
          return "the daytime " + measure.substring(0, measure.length() - 4).replace('-', ' ');
        }
        if (measure.endsWith("-24h")) {
          return "the 24 h " + measure.substring(0, measure.length() - 4).replace('-', ' ');
        }
        return "the " + measure.replace('-', ' ');
    }
  }

  /**
   * @param measure a measure name of the Jinsha timeline
   * @return a readable name to head a line ("Daytime supply guards")
   */
  public static String measureName(String measure) {
    String m = measure(measure);
    String bare = m.startsWith("the ") ? m.substring(4) : m;
    return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
  }

  /**
   * @param day a day
   * @return it as the page writes it: {@code 10 Feb 2020}
   */
  public static String date(LocalDate day) {
    return DAY.format(day);
  }

  /**
   * @param time a date and time
   * @return it as the page writes it: {@code 10 Feb 2020 08:00}
   */
  public static String date(LocalDateTime time) {
    return TIME.format(time);
  }

  /**
   * Rewrites a model message for a planner: measure ids as readable names, ISO dates as the page
   * writes them, YAML field paths dropped.
   *
   * @param problem a message's problem part
   * @return the same in the planner's words
   */
  public static String rewrite(String problem) {
    Matcher f = FIELD.matcher(problem);
    StringBuilder fields = new StringBuilder();
    while (f.find()) {
      String name = f.group(1).replaceAll(".*[.\\]]", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
      f.appendReplacement(fields, Matcher.quoteReplacement(name + ": "));
    }
    f.appendTail(fields);
    String s = fields.toString();
    Matcher m = MEASURE.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(measure(m.group(1))));
    }
    m.appendTail(b);
    Matcher d = ISO.matcher(b.toString());
    StringBuilder out = new StringBuilder();
    while (d.find()) {
      LocalDate day = LocalDate.parse(d.group(1));
      String text = d.group(2) == null ? date(day) : date(day) + " " + d.group(2);
      d.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    d.appendTail(out);
    String r = out.toString();
    return r.isEmpty() ? r : Character.toUpperCase(r.charAt(0)) + r.substring(1);
  }
}
