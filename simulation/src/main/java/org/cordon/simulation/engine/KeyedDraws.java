package org.cordon.simulation.engine;

import static org.cordon.simulation.engine.ResidentState.F_FACILITY;
import static org.cordon.simulation.engine.ResidentState.S;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import org.cordon.contact.Layer;

/**
 * The keyed-draw transmission step ({@link Simulation#withKeyedDraws(int)}): after {@link
 * Transmission} has summed the step's pressures (one thread, in active-list order, so every
 * floating-point sum is the same whatever the thread count), the touched groups are laid out as
 * tasks in the order the sequential step visits them (households, buildings, compounds and
 * workplaces in the order first touched, then the community layer compound by compound), cut into
 * chunks of {@link #CHUNK} tasks. Each chunk, on any thread, draws its groups' candidate infections
 * from a {@link KeyedGenerator} keyed by (transmission stream, step, layer, group) against the
 * residents' state at the start of the step, which nobody writes in this phase, and with each
 * candidate what depends only on that state or on keyed numbers: its household infector and its
 * course ({@link NaturalHistory}, keyed by resident and infection time). Then one thread takes the
 * chunks in order and infects each candidate still susceptible, so a resident hit by two groups is
 * infected once, by the first in that order, and the state changes and events happen in the same
 * order for every thread count (and every chunk size).
 *
 * <p>Why not the sequential engine's numbers: there one generator serves every group in turn and a
 * resident infected by an earlier group is no longer a candidate for a later one, so how many
 * numbers a group takes depends on the groups before it. Here each group draws as if no other
 * group of the step had infected anyone; the merge then drops the second hit. Both give each
 * susceptible resident the same chance to be infected in the step (one minus the product of the
 * groups' escape chances), so the two modes have the same distribution of results (tested), not
 * the same draws. Per-replicate state; the chunks are written only by the thread that draws them.
 */
final class KeyedDraws {
  /** Tasks (groups) per chunk: fixed, so the work units do not depend on the thread count. */
  static final int CHUNK = 256;

  private static final ConcurrentHashMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

  private final Transmission tr;
  private final PolicyTable t;
  private final ResidentState st;
  private final long stream;
  private final ForkJoinPool pool;
  /** The sink's course sampler ({@link InfectionSink#courses()}), or null. */
  private final NaturalHistory.Draws courses;
  private final List<Chunk> chunks = new ArrayList<>();
  // the step's task layout: [0, nh) households, then buildings, compounds, workplaces, community
  private int nh;
  private int nb;
  private int nc;
  private int nw;
  private int tasks;
  private int step;
  /** The step's {@link KeyedGenerator#layerKey} of each layer, by ordinal. */
  private final long[] layerKey = new long[Layer.values().length];
  /** Per task: the group's presymptomatic share. */
  private double[] taskPre = new double[0];

  KeyedDraws(Transmission tr, long stream, ForkJoinPool pool) {
    this.tr = tr;
    this.t = tr.t;
    this.st = tr.st;
    this.stream = stream;
    this.pool = pool;
    this.courses = tr.courses();
  }

  /**
   * @param threads the parallelism
   * @return a shared pool of that parallelism (daemon threads, kept for the JVM's life)
   */
  static ForkJoinPool pool(int threads) {
    return POOLS.computeIfAbsent(threads, ForkJoinPool::new);
  }

  /** @return whether the step runs on a pool of more than one thread */
  boolean parallel() {
    return pool != null;
  }

  /** Runs {@code a} and {@code b} on the pool and waits for both. */
  void inParallel(Runnable a, Runnable b) {
    pool.invoke(new RecursiveAction() {
      @Override
      protected void compute() {
        invokeAll(ForkJoinTask.adapt(a), ForkJoinTask.adapt(b));
      }
    });
  }

  /** @return the number of tasks (touched groups and community compounds) of the last step */
  int tasks() {
    return tasks;
  }

  /** Draws and applies the infections of step {@code s}; the pressures are summed. */
  void draw(int s) {
    step = s;
    for (Layer l : Layer.values()) {
      layerKey[l.ordinal()] = KeyedGenerator.layerKey(stream, s, l.ordinal());
    }
    nh = tr.households.count();
    nb = tr.buildings.count();
    nc = tr.compounds.count();
    nw = tr.workplaces.count();
    tasks = nh + nb + nc + nw + (tr.community > 0 ? t.compounds : 0);
    if (taskPre.length < tasks) {
      taskPre = new double[Math.max(tasks, 2 * taskPre.length)];
    }
    int n = (tasks + CHUNK - 1) / CHUNK;
    while (chunks.size() < n) {
      chunks.add(new Chunk());
    }
    if (pool == null || n <= 1) {
      for (int c = 0; c < n; c++) {
        drawChunk(c);
      }
    } else {
      pool.invoke(new Range(0, n));
    }
    merge(n);
  }

  /** The parallel phase: chunks {@code [lo, hi)}, split in halves. */
  private final class Range extends RecursiveAction {
    private final int lo;
    private final int hi;

    Range(int lo, int hi) {
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    protected void compute() {
      if (hi - lo == 1) {
        drawChunk(lo);
      } else {
        int mid = (lo + hi) >>> 1;
        invokeAll(new Range(lo, mid), new Range(mid, hi));
      }
    }
  }

  /**
   * The candidate infections of one chunk of tasks, in task order, with what can be drawn for them
   * ahead of the merge: the household infector (it reads only members active at the start of the
   * step) and the course (keyed by resident and infection time).
   */
  private static final class Chunk {
    final KeyedGenerator g = new KeyedGenerator();
    int[] who = new int[64];
    int[] task = new int[64];
    int[] infector = new int[64];
    NaturalHistory.Course[] course = new NaturalHistory.Course[64];
    int n;

    void add(int j, int k, int by) {
      if (n == who.length) {
        who = java.util.Arrays.copyOf(who, 2 * n);
        task = java.util.Arrays.copyOf(task, 2 * n);
        infector = java.util.Arrays.copyOf(infector, 2 * n);
        course = java.util.Arrays.copyOf(course, 2 * n);
      }
      who[n] = j;
      task[n] = k;
      infector[n++] = by;
    }
  }

  private void drawChunk(int c) {
    Chunk ch = chunks.get(c);
    ch.n = 0;
    int end = Math.min(tasks, (c + 1) * CHUNK);
    for (int k = c * CHUNK; k < end; k++) {
      drawTask(ch, k);
    }
    if (courses != null) {
      double time = (step + 0.5) / PolicyTable.STEPS_PER_DAY;
      for (int x = 0; x < ch.n; x++) {
        if (ch.course[x] == null) {
          ch.course[x] = new NaturalHistory.Course();
        }
        courses.draw(ch.who[x], time, ch.course[x]);
      }
    }
  }

  /** Draws task {@code k}'s candidates into {@code ch}; reads the state, writes only its own group's pressure. */
  private void drawTask(Chunk ch, int k) {
    final int s = step;
    if (k < nh) {
      int h = tr.households.group(k);
      double pressure = tr.households.pressure(h);
      double preShare = tr.households.presymptomaticShare(h);
      tr.households.clear(h);
      if (!tr.households.anyLeft(h)) {
        return; // no susceptible member: no draw
      }
      taskPre[k] = preShare;
      double p = tr.householdProbability(h, pressure);
      ch.g.key(layerKey[Layer.HOUSEHOLD.ordinal()], h);
      final byte[] flags = st.flags;
      final int[] openFrom = tr.susceptibles.bySlot;
      final boolean noQuarantine = !st.quarantineSeen;
      final int first = tr.households.first(h);
      long open = tr.households.open(h, s);
      if (open >= 0) { // small, everyone present: its bits are the susceptible members, in slot order
        for (long bits = open; bits != 0; bits &= bits - 1) {
          int j = t.householdMembers[first + Long.numberOfTrailingZeros(bits)];
          if ((noQuarantine || (flags[j] & F_FACILITY) == 0) && ch.g.nextDouble() < p) {
            ch.add(j, k, tr.infectors.of(h, j, pressure));
          }
        }
        return;
      }
      for (int m = first, to = tr.households.end(h); m < to; m++) {
        if (openFrom[m] > s) {
          continue; // infected, or not yet arrived
        }
        int j = t.householdMembers[m];
        if ((noQuarantine || (flags[j] & F_FACILITY) == 0) && ch.g.nextDouble() < p) {
          ch.add(j, k, tr.infectors.of(h, j, pressure));
        }
      }
      return;
    }
    int i = k - nh;
    if (i < nb) {
      sweepGroup(ch, k, tr.buildings, tr.buildings.group(i), t.buildingOffsets, t.buildingMembers, Layer.BUILDING);
      return;
    }
    i -= nb;
    if (i < nc) {
      sweepGroup(ch, k, tr.compounds, tr.compounds.group(i), t.compoundOffsets, t.compoundMembers, Layer.COMPOUND);
      return;
    }
    i -= nc;
    if (i < nw) {
      sweepGroup(ch, k, tr.workplaces, tr.workplaces.group(i), t.workplaceOffsets, t.workplaceMembers, Layer.WORKPLACE);
      return;
    }
    int c = i - nw; // the community layer in compound c
    double out = t.outside[t.policyStep(s) * t.compounds + c];
    if (out > 0) {
      int from = t.compoundOffsets[c];
      taskPre[k] = tr.communityPre / tr.community;
      sweep(ch, k, t.compoundMembers, from, t.compoundOffsets[c + 1] - from, tr.communityLambda(c, out),
          Layer.COMMUNITY, c, false);
    }
  }

  /**
   * Task {@code k}: group {@code g} of a building, compound or workplace layer, its rate from its
   * pressure (then cleared) as {@code Transmission.step} computes it, swept on its keyed generator.
   */
  private void sweepGroup(Chunk ch, int k, GroupPressure pressures, int g, int[] offsets, int[] members, Layer layer) {
    int from = offsets[g];
    int size = offsets[g + 1] - from;
    double pressure = pressures.pressure(g);
    double lambda = switch (layer) {
      case BUILDING -> tr.buildingLambda(g, pressure, size);
      case COMPOUND -> tr.compoundLambda(g, pressure, size);
      default -> tr.workplaceLambda(pressure, size);
    };
    taskPre[k] = pressures.presymptomaticShare(g);
    pressures.clear(g);
    sweep(ch, k, members, from, size, lambda, layer, g, layer == Layer.WORKPLACE);
  }

  /** As {@code Transmission.sweep}, on the group's keyed generator, into candidates. */
  private void sweep(Chunk ch, int k, int[] members, int from, int size, double lambda, Layer layer, int group,
      boolean thin) {
    if (!(lambda > 0) || size <= 0) {
      return;
    }
    KeyedGenerator g = ch.g;
    g.key(layerKey[layer.ordinal()], group);
    double p = 1.0 - Math.exp(-lambda);
    int i = -1;
    while (true) {
      double skip = GeometricSkip.skip(g.nextDouble(), lambda);
      if (skip >= size - 1 - i) {
        return;
      }
      i += 1 + (int) skip;
      int j = members[from + i];
      if (!tr.open(j, step)) {
        continue;
      }
      if (thin) {
        double f = tr.thinFactor(j, layer);
        if (f < 1 && g.nextDouble() * p >= 1.0 - Math.exp(-lambda * f)) {
          continue;
        }
      }
      ch.add(j, k, ResidentState.INFECTOR_GROUP);
    }
  }

  /** The serial phase: chunks in order, candidates in order; a resident infected once. */
  private void merge(int n) {
    final int s = step;
    final double time = (s + 0.5) / PolicyTable.STEPS_PER_DAY;
    final byte[] state = st.state;
    final int buildingsFrom = nh;
    final int compoundsFrom = nh + nb;
    final int workplacesFrom = compoundsFrom + nc;
    final int communityFrom = workplacesFrom + nw;
    for (int c = 0; c < n; c++) {
      Chunk ch = chunks.get(c);
      for (int x = 0; x < ch.n; x++) {
        int j = ch.who[x];
        if (state[j] != S) {
          continue; // infected by an earlier group of this step
        }
        int k = ch.task[x];
        Layer layer = k < buildingsFrom ? Layer.HOUSEHOLD : k < compoundsFrom ? Layer.BUILDING
            : k < workplacesFrom ? Layer.COMPOUND : k < communityFrom ? Layer.WORKPLACE : Layer.COMMUNITY;
        tr.infect(j, s, time, layer.ordinal(), ch.infector[x], taskPre[k], courses == null ? null : ch.course[x]);
      }
    }
  }
}
