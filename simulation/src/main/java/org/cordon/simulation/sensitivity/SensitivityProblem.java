package org.cordon.simulation.sensitivity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.InvalidInputException;

/**
 * A sensitivity analysis' inputs, in order (SALib's {@code problem}): names and ranges, nothing
 * about the model.
 *
 * @param inputs the inputs (at least one, unique names)
 */
public record SensitivityProblem(List<SensitivityInput> inputs) {

  /** @throws InvalidInputException if there is no input or two share a name */
  public SensitivityProblem {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw InvalidInputException.argument("--inputs", "no input");
    }
    var names = new HashSet<String>();
    for (SensitivityInput i : inputs) {
      if (!names.add(i.name())) {
        throw InvalidInputException.argument("--inputs", "input '" + i.name() + "' given twice");
      }
    }
  }

  /** @return the number of inputs, k */
  public int size() {
    return inputs.size();
  }

  /** @return the inputs' names, in order */
  public List<String> names() {
    return inputs.stream().map(SensitivityInput::name).toList();
  }

  /**
   * @param unit a point of the unit cube, one coordinate per input
   * @return the input values at it
   */
  public double[] scale(double[] unit) {
    double[] x = new double[inputs.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = inputs.get(i).scale(unit[i]);
    }
    return x;
  }

  /**
   * @param names the inputs to keep, in the order to keep them
   * @param option the option to name in an error
   * @return the problem with those inputs only
   * @throws InvalidInputException naming {@code option} if a name is unknown or given twice
   */
  public SensitivityProblem select(List<String> names, String option) {
    Map<String, SensitivityInput> byName = byName();
    List<SensitivityInput> kept = new ArrayList<>();
    for (String n : names) {
      SensitivityInput i = byName.get(n.strip());
      if (i == null) {
        throw InvalidInputException.argument(option, "unknown input '" + InvalidInputException.echo(n) + "' (known: "
            + String.join(", ", names()) + ")");
      }
      if (kept.contains(i)) {
        throw InvalidInputException.argument(option, "input '" + i.name() + "' given twice");
      }
      kept.add(i);
    }
    return new SensitivityProblem(kept);
  }

  /**
   * @param ranges new ranges by input name, each {@code {low, high}}
   * @param option the option to name in an error
   * @return the problem with those ranges
   * @throws InvalidInputException naming {@code option} if a name is unknown or a range has low
   *     above high
   */
  public SensitivityProblem withRanges(Map<String, double[]> ranges, String option) {
    Map<String, SensitivityInput> byName = byName();
    for (String n : ranges.keySet()) {
      if (!byName.containsKey(n)) {
        throw InvalidInputException.argument(option, "unknown input '" + InvalidInputException.echo(n) + "' (known: "
            + String.join(", ", names()) + ")");
      }
    }
    List<SensitivityInput> out = new ArrayList<>();
    for (SensitivityInput i : inputs) {
      double[] r = ranges.get(i.name());
      if (r == null) {
        out.add(i);
      } else {
        try {
          out.add(i.withRange(r[0], r[1]));
        } catch (InvalidInputException e) {
          throw InvalidInputException.argument(option, i.name() + ": " + e.problem());
        }
      }
    }
    return new SensitivityProblem(out);
  }

  private Map<String, SensitivityInput> byName() {
    Map<String, SensitivityInput> m = new LinkedHashMap<>();
    inputs.forEach(i -> m.put(i.name(), i));
    return m;
  }
}
