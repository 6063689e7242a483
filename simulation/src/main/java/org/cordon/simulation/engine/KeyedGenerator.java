package org.cordon.simulation.engine;

/**
 * A small mutable SplitMix64 generator (Steele, Lea and Flood, OOPSLA 2014) re-keyed for each
 * group of a keyed-draw step ({@link KeyedDraws}): {@link #key} sets its state from (stream, step,
 * layer, group), so a group's draws depend on those four numbers only, whichever thread draws them,
 * and re-keying allocates nothing. Not thread-safe: one per chunk of groups.
 */
final class KeyedGenerator {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private long state;

  /**
   * @param stream the replicate's transmission stream key
   * @param step the step
   * @param layer the layer's ordinal
   * @return the key of that layer's groups in that step (for {@link #key(long, int)})
   */
  static long layerKey(long stream, int step, int layer) {
    long h = RandomStreams.mix(stream + GOLDEN * (step + 1L));
    return RandomStreams.mix(h + (layer + 1L) * 0xBF58476D1CE4E5B9L);
  }

  /**
   * Starts the draws of one group.
   *
   * @param layerKey {@link #layerKey} of the step and the group's layer
   * @param group the group within the layer
   */
  void key(long layerKey, int group) {
    state = RandomStreams.mix(layerKey + (group + 1L) * 0x94D049BB133111EBL);
  }

  /** @return the next uniform number in [0, 1) */
  double nextDouble() {
    state += GOLDEN;
    return (RandomStreams.mix(state) >>> 11) * 0x1.0p-53;
  }
}
