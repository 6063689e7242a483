package org.cordon.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cordon.contact.DayWindow;
import org.cordon.contact.Layer;
import org.cordon.contact.RandomCommunity;
import org.junit.jupiter.api.Test;

/** Many threads query one tracer at once and get what one thread gets. */
class ContactTracerConcurrencyTest {

  @Test
  void concurrentQueriesGiveTheSameResultsAsOneThread() throws Exception {
    RandomCommunity rc = RandomCommunity.of(42, 400, true);
    ContactTracer tracer = new ContactTracer(rc.graph);
    int n = rc.community.residentCount();
    CloseContactRule rule = CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE, Layer.ENCOUNTER, Layer.BUILDING);
    DayWindow w = DayWindow.of(RandomCommunity.DAY0, RandomCommunity.DAY0.plusDays(20));
    List<Object> expected = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      expected.add(tracer.contacts(c, 1 + c % 3, rule, w));
    }
    int[] all = new int[n];
    for (int c = 0; c < n; c++) {
      all[c] = c;
    }
    List<TraceResult> bulk = tracer.contactsOfEach(all, 2, rule, w);
    for (int c = 0; c < n; c++) { // every case shares its groups: the shared-group path, as singles
      assertThat(bulk.get(c)).as("case %d", c).isEqualTo(tracer.contacts(c, 2, rule, w));
    }
    Clusters clusters = tracer.clusters(all, 1, CloseContactRule.DEFAULT, w);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int offset = t * 7;
        futures.add(
            pool.submit(
                () -> {
                  boolean same = true;
                  for (int k = 0; k < n; k++) {
                    int c = (k + offset) % n;
                    same &= tracer.contacts(c, 1 + c % 3, rule, w).equals(expected.get(c));
                  }
                  same &= tracer.contactsOfEach(all, 2, rule, w).equals(bulk);
                  same &= tracer.clusters(all, 1, CloseContactRule.DEFAULT, w).equals(clusters);
                  return same;
                }));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
