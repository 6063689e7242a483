package org.cordon.community;

/**
 * A checkpoint (卡口): an entrance that can be blocked and guarded.
 *
 * @param id dense checkpoint id
 * @param name a label, unique within the community
 * @param compound the compound whose boundary it is on, or {@link Community#NONE} for a gate on
 *     the community boundary
 */
public record Checkpoint(int id, String name, int compound) {
  /** @return whether this gate is on the community boundary rather than a compound's */
  public boolean onCommunityBoundary() {
    return compound == Community.NONE;
  }
}
