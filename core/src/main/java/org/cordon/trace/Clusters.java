package org.cordon.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Clusters of linked cases (聚集性疫情): each cluster's cases sorted by id, clusters ordered by
 * their smallest case. A case linked to no other is a cluster of one. Immutable.
 */
public final class Clusters {
  private final int[][] clusters;

  private Clusters(int[][] clusters) {
    this.clusters = clusters;
  }

  /** @param distinct sorted distinct cases; @param parent union-find parents over their indices */
  static Clusters of(int[] distinct, int[] parent) {
    int k = distinct.length;
    int[] rootCount = new int[k];
    for (int i = 0; i < k; i++) {
      rootCount[ContactTracer.root(parent, i)]++;
    }
    List<int[]> out = new ArrayList<>();
    int[] slot = new int[k];
    Arrays.fill(slot, -1);
    int[] fill = new int[k];
    for (int i = 0; i < k; i++) {
      int r = ContactTracer.root(parent, i);
      if (slot[r] < 0) {
        slot[r] = out.size();
        out.add(new int[rootCount[r]]);
      }
      out.get(slot[r])[fill[r]++] = distinct[i];
    }
    return new Clusters(out.toArray(new int[0][]));
  }

  /** @return the number of clusters */
  public int count() {
    return clusters.length;
  }

  /**
   * @param k a cluster index, {@code 0 <= k < count()}
   * @return a copy of its cases, sorted
   */
  public int[] cluster(int k) {
    return clusters[k].clone();
  }

  /**
   * @param k a cluster index, {@code 0 <= k < count()}
   * @return the size of cluster {@code k}
   */
  public int size(int k) {
    return clusters[k].length;
  }

  /**
   * @param caseId a case id
   * @return the index of the cluster holding it, or {@code -1} if it was not among the cases
   */
  public int clusterOf(int caseId) {
    for (int k = 0; k < clusters.length; k++) {
      if (Arrays.binarySearch(clusters[k], caseId) >= 0) {
        return k;
      }
    }
    return -1;
  }

  /** @return the clusters as lists of case ids */
  public List<List<Integer>> asLists() {
    List<List<Integer>> out = new ArrayList<>();
    for (int[] c : clusters) {
      out.add(Arrays.stream(c).boxed().toList());
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Clusters && Arrays.deepEquals(clusters, ((Clusters) o).clusters);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(clusters);
  }

  @Override
  public String toString() {
    return "Clusters" + asLists();
  }
}
