package org.cordon.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.cordon.community.Community;
import org.cordon.community.synth.JinshaSynthesizer;
import org.cordon.contact.ContactGraph;
import org.cordon.contact.DayWindow;
import org.cordon.contact.GroupLayer;
import org.cordon.contact.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bulk queries over the Jinsha preset (26,707 residents, workplaces of up to ~1,400), its cases
 * drawn four at a time from one workplace or household: a shared part is then hundreds of
 * contacts beside a case's own few, which {@code SharedHops} merges in runs, and a case's
 * household members are in both (at depth 1 in its own answer, deeper in the shared part). Each
 * answer must equal the single query's, which the oracle tests check on small communities.
 */
class SharedHopsTest {
  private static final ContactGraph GRAPH;
  private static final ContactTracer TRACER;

  static {
    Community jinsha = JinshaSynthesizer.jinsha2020(7);
    GRAPH = ContactGraph.builder(jinsha).build();
    TRACER = new ContactTracer(GRAPH);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void casesSharingAWorkplaceOrHouseholdGetTheSingleQueriesAnswers(int depth) {
    SplittableRandom r = new SplittableRandom(20_200_125L + depth);
    GroupLayer work = GRAPH.layer(Layer.WORKPLACE);
    GroupLayer home = GRAPH.layer(Layer.HOUSEHOLD);
    int n = GRAPH.residentCount();
    CloseContactRule rule = CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE);
    for (int batch = 0; batch < 10; batch++) {
      int[] cases = new int[20];
      for (int k = 0; k < 20; k += 4) {
        int a = r.nextInt(n);
        GroupLayer layer = work.groupEnd(a) > work.groupStart(a) ? work : home;
        int g = layer.group(layer.groupStart(a));
        cases[k] = a;
        for (int m = 1; m < 4; m++) {
          cases[k + m] = layer.member(layer.memberStart(g) + r.nextInt(layer.size(g)));
        }
      }
      List<TraceResult> got = TRACER.contactsOfEach(cases, depth, rule, DayWindow.all());
      for (int i = 0; i < cases.length; i++) {
        assertThat(got.get(i)).as("case %d depth %d", cases[i], depth)
            .isEqualTo(TRACER.contacts(cases[i], depth, rule, DayWindow.all()));
      }
    }
  }
}
