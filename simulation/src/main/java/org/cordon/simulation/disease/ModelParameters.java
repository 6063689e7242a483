package org.cordon.simulation.disease;

import java.util.Objects;

/**
 * Everything the engine needs to know about the disease: natural history, transmission, case
 * finding and importation.
 *
 * @param disease natural history
 * @param transmission rates per layer
 * @param caseFinding detection, confirmation, tracing and quarantine
 * @param imports infected returnees
 */
public record ModelParameters(
    DiseaseParameters disease,
    TransmissionParameters transmission,
    CaseFindingParameters caseFinding,
    ImportParameters imports) {

  /** @throws NullPointerException if a part is missing */
  public ModelParameters {
    Objects.requireNonNull(disease, "disease");
    Objects.requireNonNull(transmission, "transmission");
    Objects.requireNonNull(caseFinding, "caseFinding");
    Objects.requireNonNull(imports, "imports");
  }

  /** @return every default (uncalibrated) */
  public static ModelParameters defaults() {
    return new ModelParameters(
        DiseaseParameters.defaults(),
        TransmissionParameters.defaults(),
        CaseFindingParameters.defaults(),
        ImportParameters.defaults());
  }

  /**
   * @param t the transmission rates
   * @return a copy with other transmission rates
   */
  public ModelParameters with(TransmissionParameters t) {
    return new ModelParameters(disease, t, caseFinding, imports);
  }

  /**
   * @param i the importation
   * @return a copy with other importation
   */
  public ModelParameters with(ImportParameters i) {
    return new ModelParameters(disease, transmission, caseFinding, i);
  }

  /**
   * @param c the case finding
   * @return a copy with other case finding
   */
  public ModelParameters with(CaseFindingParameters c) {
    return new ModelParameters(disease, transmission, c, imports);
  }

  /**
   * @param d the natural history
   * @return a copy with another natural history
   */
  public ModelParameters with(DiseaseParameters d) {
    return new ModelParameters(d, transmission, caseFinding, imports);
  }
}
