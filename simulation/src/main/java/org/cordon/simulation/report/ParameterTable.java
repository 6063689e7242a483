package org.cordon.simulation.report;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.simulation.disease.ModelParameters;

/**
 * The model's inputs as report rows, each with its source. The sources are those cited in the
 * Javadoc of the parameter records ({@code DiseaseParameters}, {@code TransmissionParameters},
 * {@code CaseFindingParameters}, {@code ImportParameters}) and docs/sources.md#the-outbreak; a component this
 * table has no source for is shown as an assumption, never as cited.
 */
final class ParameterTable {
  /** Sources by "group.component"; values read from the records themselves. */
  private static final Map<String, String> SOURCES = Map.ofEntries(
      Map.entry("disease.asymptomaticShare", "Buitrago-Garcia et al., PLoS Med 2020: 20% (17-25%)"),
      Map.entry("disease.incubationMeanlog", "Lauer et al., Ann Intern Med 2020 (median 5.1 d)"),
      Map.entry("disease.incubationSdlog", "Lauer et al., Ann Intern Med 2020"),
      Map.entry("disease.presymptomaticDays",
          "assumption, set so ~44% of transmission is presymptomatic (He et al., Nat Med 2020)"),
      Map.entry("disease.minLatentDays", "assumption"),
      Map.entry("disease.symptomaticInfectiousDays", "He et al., Nat Med 2020 (infectiousness declines within 7 d)"),
      Map.entry("disease.asymptomaticInfectiousDays", "assumption (same as symptomatic)"),
      Map.entry("disease.asymptomaticRelativeInfectiousness", "Buitrago-Garcia et al., PLoS Med 2020: 0.35 (0.10-0.85)"),
      Map.entry("transmission.household",
          "set to give a household secondary attack rate of 11-16% (Bi 2020; Jing 2020; Li F 2021)"),
      Map.entry("transmission.building", "assumption"),
      Map.entry("transmission.compound", "assumption"),
      Map.entry("transmission.workplace", "assumption"),
      Map.entry("transmission.community", "assumption; with the defaults R0 is about 2.2 (Li et al., NEJM 2020)"),
      Map.entry("transmission.nightShare", "assumption"),
      Map.entry("transmission.transmissionScale",
          "calibrated (cordon calibrate); prior from Wuhan's early R0, Li et al., NEJM 2020: 2.2 (1.4-3.9)"),
      Map.entry("transmission.changeDate", "assumption: Wuhan closed and New Year visits cancelled, 23 Jan 2020"),
      Map.entry("transmission.scaleFactorAfter",
          "calibrated (cordon calibrate); Pan et al., JAMA 2020: Wuhan's Rt 3.86 to 0.32 under its measures"),
      Map.entry("caseFinding.careSeekingDaysEarly", "Zhang J et al., Lancet ID 2020: onset to admission 4.4 d to 27 Jan"),
      Map.entry("caseFinding.careSeekingDaysLate", "Zhang J et al., Lancet ID 2020: 2.6 d, 28 Jan-8 Feb"),
      Map.entry("caseFinding.fasterCareFrom", "Zhang J et al., Lancet ID 2020"),
      Map.entry("caseFinding.careSeekingShape", "assumption (overall onset to isolation near 4.6 d, Bi et al. 2020)"),
      Map.entry("caseFinding.confirmationDays", "assumption"),
      Map.entry("caseFinding.febrileShare", "Guan et al., NEJM 2020: fever in 88.7% during hospitalisation"),
      Map.entry("caseFinding.feverOnsetMeanDays", "derived from Guan et al., NEJM 2020 (43.8% febrile on admission)"
          + " and the 4.4 d onset-to-admission delay (Zhang J et al. 2020); docs/model-changes-19.md"),
      Map.entry("caseFinding.quarantineSetting", "assumption: facilities from the date below (Pan A et al., JAMA 2020,"
          + " centralised quarantine in Wuhan from 2 Feb 2020); the article says only 'isolated at once'"),
      Map.entry("caseFinding.facilityQuarantineFrom", "assumption (Pan A et al., JAMA 2020: Wuhan, 2 Feb 2020)"),
      Map.entry("caseFinding.surveySensitivity", "Nguyen et al., Emerg Infect Dis 2010: infrared fever screening 90% sensitive"),
      Map.entry("caseFinding.quarantineDetectionDays", "assumption"),
      Map.entry("caseFinding.tracingDelayDays", "assumption (the survey team traced within a day)"),
      Map.entry("caseFinding.quarantineDays", "China NHC guideline, 2020: 14 d"),
      Map.entry("caseFinding.isolationDays", "assumption"),
      Map.entry("caseFinding.contactsOutsideHousehold",
          "calibrated; docs/sources.md#the-outbreak: 105 close contacts of 20 cases"),
      Map.entry("imports.shareInfectedWuhan", "calibrated; prior from Li et al., NEJM 2020"),
      Map.entry("imports.shareInfectedHuanggang", "assumption: 0.25 x the Wuhan share"),
      Map.entry("imports.shareInfectedOther", "assumption: 0.05 x the Wuhan share"),
      Map.entry("imports.exposureDays", "assumption"));

  private ParameterTable() {}

  /**
   * @param parameters the disease model used
   * @param assumptions the containment assumptions used
   * @return one row per value: disease, transmission, case finding, imports, then containment
   */
  static List<Parameter> rows(ModelParameters parameters, ContainmentAssumptions assumptions) {
    return rows(parameters, assumptions, java.util.Set.of());
  }

  /**
   * @param parameters the disease model used
   * @param assumptions the containment assumptions used
   * @param calibrated names of the containment assumptions whose values a calibration fitted
   * @return one row per value; fitted assumptions say so in their source
   */
  static List<Parameter> rows(ModelParameters parameters, ContainmentAssumptions assumptions,
      java.util.Set<String> calibrated) {
    List<Parameter> rows = new ArrayList<>();
    add(rows, "disease", parameters.disease());
    add(rows, "transmission", parameters.transmission());
    add(rows, "caseFinding", parameters.caseFinding());
    add(rows, "imports", parameters.imports());
    for (ContainmentAssumptions.Assumption a : assumptions.describe()) {
      rows.add(new Parameter("containment", a.name(), Html.value(a.value()), calibrated.contains(a.name())
          ? "calibrated (cordon calibrate): " + a.meaning()
          : Parameter.ASSUMPTION + ": " + a.meaning()));
    }
    return rows;
  }

  private static void add(List<Parameter> rows, String group, Record values) {
    for (RecordComponent c : values.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + group + "." + c.getName(), e);
      }
      String text = v instanceof Double d ? Html.value(d) : String.valueOf(v);
      rows.add(new Parameter(group, c.getName(), text,
          SOURCES.getOrDefault(group + "." + c.getName(), Parameter.ASSUMPTION + " (no source recorded)")));
    }
  }
}
