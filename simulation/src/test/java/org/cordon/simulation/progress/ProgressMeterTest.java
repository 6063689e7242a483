package org.cordon.simulation.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {
  private static final long MS = 1_000_000;

  private final StringWriter text = new StringWriter();
  private final PrintWriter err = new PrintWriter(text);
  private final AtomicLong clock = new AtomicLong(1_000 * MS);

  private List<String> lines() {
    return text.toString().lines().toList();
  }

  @Test
  void plainLinesAppearAtEachTenthAndAFinalLine() {
    ProgressMeter p = ProgressMeter.of("compare", 100, ProgressMeter.Style.LINES, err, clock::get);
    for (int i = 0; i < 100; i++) {
      clock.addAndGet(10 * MS); // 100 runs a second
      p.advance(1);
    }
    p.close();
    List<String> lines = lines();
    assertThat(lines).hasSize(10);
    assertThat(lines.get(0)).isEqualTo("compare: 10/100 runs (10%), 100.0 runs/s, about 1 s left");
    assertThat(lines.get(4)).isEqualTo("compare: 50/100 runs (50%), 100.0 runs/s, about 1 s left");
    assertThat(lines.get(9)).isEqualTo("compare: 100/100 runs done in 1 s (100.0 runs/s)");
    assertThat(text.toString()).doesNotContain("\r");
  }

  @Test
  void aSlowRunGetsALineEveryFiveSecondsBetweenTenths() {
    ProgressMeter p = ProgressMeter.of("calibrate", 1000, ProgressMeter.Style.LINES, err, clock::get);
    clock.addAndGet(4_000 * MS);
    p.advance(1);
    assertThat(lines()).isEmpty();
    clock.addAndGet(1_000 * MS);
    p.advance(1);
    assertThat(lines()).containsExactly("calibrate: 2/1000 runs (0%), 0.4 runs/s, about 41:35 left");
  }

  @Test
  void barIsRedrawnInPlaceAndEndsWithANewline() {
    ProgressMeter p = ProgressMeter.of("compare", 4, ProgressMeter.Style.BAR, err, clock::get);
    for (int i = 0; i < 4; i++) {
      clock.addAndGet(500 * MS);
      p.advance(1);
    }
    p.close();
    String out = text.toString();
    assertThat(out).startsWith("\rcompare [#######-----------------------] 1/4   25%  2.0 runs/s  2 s left");
    assertThat(out).containsPattern("\rcompare \\[#{30}\\] 4/4  100%  2\\.0 runs/s  in 2 s *\n$");
    assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(1);
  }

  @Test
  void aShorterBarLineBlanksTheRestOfTheLongerOne() {
    ProgressMeter p = ProgressMeter.of("compare", 1000, ProgressMeter.Style.BAR, err, clock::get);
    clock.addAndGet(200_000 * MS);
    p.advance(1); // slow start: a long estimate ("55:29:40 left")
    int first = text.toString().length();
    clock.addAndGet(200 * MS);
    p.advance(999);
    String second = text.toString().substring(first);
    assertThat(second.length()).isGreaterThanOrEqualTo(first);
  }

  @Test
  void barIsNotRedrawnMoreOftenThanItsInterval() {
    ProgressMeter p = ProgressMeter.of("compare", 1000, ProgressMeter.Style.BAR, err, clock::get);
    for (int i = 0; i < 50; i++) {
      clock.addAndGet(MS); // 50 runs in 50 ms: under one redraw interval
      p.advance(1);
    }
    assertThat(text.toString()).isEmpty();
  }

  @Test
  void quietShowsNothing() {
    Progress p = ProgressMeter.forConsole("compare", 100, true, err);
    for (int i = 0; i < 100; i++) {
      p.advance(1);
    }
    p.close();
    assertThat(p).isSameAs(Progress.NONE);
    assertThat(text.toString()).isEmpty();
  }

  @Test
  void closingTwiceWritesTheFinalLineOnce() {
    ProgressMeter p = ProgressMeter.of("compare", 2, ProgressMeter.Style.LINES, err, clock::get);
    p.advance(2);
    p.close();
    p.close();
    assertThat(lines()).hasSize(1);
  }

  @Test
  void manyThreadsCountEveryRun() throws Exception {
    ProgressMeter p = ProgressMeter.of("compare", 40_000, ProgressMeter.Style.LINES, err, System::nanoTime);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> fs = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        fs.add(pool.submit(() -> {
          for (int i = 0; i < 10_000; i++) {
            p.advance(1);
          }
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    p.close();
    assertThat(p.done()).isEqualTo(40_000);
    List<String> lines = lines();
    assertThat(lines.get(lines.size() - 1)).startsWith("compare: 40000/40000 runs done in ");
    // each tenth at most once (plus time-based lines only if the machine stalls for 5 s)
    assertThat(lines.stream().filter(l -> l.contains("(10%)")).count()).isLessThanOrEqualTo(1);
  }

  @Test
  void totalBelowOneIsRejected() {
    assertThatThrownBy(() -> ProgressMeter.of("compare", 0, ProgressMeter.Style.LINES, err, clock::get))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("total");
  }

  @Test
  void durationsReadAsSecondsMinutesOrHours() {
    assertThat(ProgressMeter.duration(7.4)).isEqualTo("7 s");
    assertThat(ProgressMeter.duration(125)).isEqualTo("2:05");
    assertThat(ProgressMeter.duration(3725)).isEqualTo("1:02:05");
  }
}
