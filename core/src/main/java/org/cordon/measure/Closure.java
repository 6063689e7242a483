package org.cordon.measure;

import com.google.common.collect.ImmutableSortedSet;

/**
 * A closure (封闭管理): gates blocked with a barrier, some kept open for supplies. Either one or
 * more compounds ({@link CompoundClosure}) or the whole community ({@link CommunityClosure}).
 */
public sealed interface Closure extends Measure permits CompoundClosure, CommunityClosure {
  /** @return entry-only ("in only, no one out") or full */
  ClosureMode mode();

  /** @return what blocks the sealed gates */
  BarrierType barrier();

  /** @return the checkpoints this closure blocks or controls */
  CheckpointSet checkpoints();

  /** @return ids of the checkpoints (among {@link #checkpoints()}) kept open for supplies */
  ImmutableSortedSet<Integer> openForSupplies();

  /**
   * @param compound a compound id
   * @return whether this closure seals that compound
   */
  boolean seals(int compound);

  /** Seals every compound this closure seals, each with the leakage of its gates in the band. */
  @Override
  default void applyTo(EffectBuilder effect) {
    Closures.seal(this, effect);
  }
}
