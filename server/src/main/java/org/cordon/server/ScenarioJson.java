package org.cordon.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.PolicyTimeline;
import org.cordon.server.plan.PlanCheck;
import org.cordon.server.plan.PlanField;
import org.cordon.server.plan.PlannerWords;
import org.cordon.server.plan.PlanScenario;
import org.cordon.simulation.scenario.TimelineYaml;

/**
 * {@code GET /api/scenario}: what the page needs to draw the form: the scenario, the baseline's
 * timeline (measures as the scenario format writes them), the baseline plan, the editable fields
 * with their labels and kinds, the assumptions with their meanings, and the limits.
 */
final class ScenarioJson {
  private ScenarioJson() {}

  static ObjectNode of(PlanScenario scenario, ServerOptions options) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    PolicyTimeline t = scenario.baselineTimeline();
    o.put("name", scenario.name());
    o.put("baseline", scenario.baselineName());
    o.put("plan", scenario.planName());
    o.put("start", t.firstDay().toString());
    o.put("end", t.lastDay().toString());
    o.put("residents", scenario.community().residentCount());
    o.put("households", scenario.community().households().size());
    com.fasterxml.jackson.databind.node.ArrayNode timeline = TimelineYaml.writeMeasures(t);
    for (com.fasterxml.jackson.databind.JsonNode m : timeline) {
      ((ObjectNode) m).put("label", PlannerWords.measureName(m.path("name").asText()));
    }
    o.set("timeline", timeline);
    o.set("defaults", scenario.baseline().toJson());
    ArrayNode fields = o.putArray("fields");
    for (PlanField f : PlanField.values()) {
      ObjectNode n = fields.addObject();
      n.put("key", f.key());
      n.put("label", f.label());
      n.put("kind", f.kind().name().toLowerCase());
      n.put("measure", f.measure());
      if (f.kind() == PlanField.Kind.COUNT) {
        n.put("min", 1).put("max", PlanCheck.MAX_COUNT);
      } else if (f.kind() == PlanField.Kind.NUMBER) {
        n.put("min", 0).put("max", PlanCheck.MAX_NUMBER);
      }
    }
    ArrayNode assumptions = o.putArray("assumptions");
    for (ContainmentAssumptions.Assumption a : t.assumptions().describe()) {
      double[] range = PlannerWords.assumptionRange(a.name());
      assumptions.addObject().put("name", a.name()).put("label", PlannerWords.assumption(a.name()))
          .put("value", a.value()).put("meaning", a.meaning()).put("min", range[0]).put("max", range[1]);
    }
    ObjectNode limits = o.putObject("limits");
    limits.put("maxRuns", options.limits().maxRuns());
    limits.put("maxResidents", options.limits().maxResidents());
    limits.put("maxBodyBytes", options.maxBodyBytes());
    limits.put("maxConcurrent", options.maxConcurrent());
    limits.put("maxQueued", options.maxQueued());
    return o;
  }
}
