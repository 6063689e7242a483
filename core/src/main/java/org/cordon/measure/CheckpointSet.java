package org.cordon.measure;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Collection;
import org.cordon.community.Checkpoint;
import org.cordon.community.Community;

/**
 * Which checkpoints (卡口) a measure applies to: every checkpoint of the community, the
 * checkpoints of some compounds, or an explicit list. Kept symbolic (not resolved to ids) so that
 * a timeline reads and writes back the way it was written; {@link #resolve(Community)} gives ids.
 *
 * @param kind how the set is given
 * @param ids compound ids for {@link Kind#OF_COMPOUNDS}, checkpoint ids for {@link Kind#EXPLICIT},
 *     empty for {@link Kind#ALL}
 */
public record CheckpointSet(Kind kind, ImmutableSortedSet<Integer> ids) {
  /** How a checkpoint set is given. */
  public enum Kind {
    /** Every checkpoint of the community (compound gates and community-boundary gates). */
    ALL,
    /** The checkpoints on the boundary of the listed compounds. */
    OF_COMPOUNDS,
    /** The listed checkpoints. */
    EXPLICIT
  }

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@link Kind#ALL} comes with ids
   */
  public CheckpointSet {
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(ids, "ids");
    if (kind == Kind.ALL && !ids.isEmpty()) {
      throw new IllegalArgumentException("ALL takes no ids: " + ids);
    }
  }

  /** @return every checkpoint of the community */
  public static CheckpointSet all() {
    return new CheckpointSet(Kind.ALL, ImmutableSortedSet.of());
  }

  /**
   * @param compounds compound ids
   * @return the checkpoints of those compounds
   */
  public static CheckpointSet ofCompounds(Collection<Integer> compounds) {
    return new CheckpointSet(Kind.OF_COMPOUNDS, ImmutableSortedSet.copyOf(compounds));
  }

  /**
   * @param checkpoints checkpoint ids
   * @return exactly those checkpoints
   */
  public static CheckpointSet of(Collection<Integer> checkpoints) {
    return new CheckpointSet(Kind.EXPLICIT, ImmutableSortedSet.copyOf(checkpoints));
  }

  /**
   * @param checkpoints checkpoint ids
   * @return exactly those checkpoints
   */
  public static CheckpointSet of(int... checkpoints) {
    return of(Arrays.stream(checkpoints).boxed().toList());
  }

  /**
   * Resolves the set against a community. Ids must have been validated (see {@link
   * PolicyTimeline}); unknown ids are skipped here.
   *
   * @param community the community
   * @return the checkpoint ids, ascending
   */
  public int[] resolve(Community community) {
    return community.checkpoints().stream()
        .filter(this::containsCheckpoint)
        .mapToInt(Checkpoint::id)
        .toArray();
  }

  private boolean containsCheckpoint(Checkpoint c) {
    switch (kind) {
      case ALL:
        return true;
      case OF_COMPOUNDS:
        return c.compound() != Community.NONE && ids.contains(c.compound());
      default:
        return ids.contains(c.id());
    }
  }
}
