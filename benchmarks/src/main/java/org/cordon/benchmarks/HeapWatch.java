package org.cordon.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a program keeps, as the collector sees it: the heap in use right after each garbage
 * collection (the sum over the heap's memory pools of {@link GarbageCollectionNotificationInfo}'s
 * usage after the collection), and its maximum since {@link #start()}.
 *
 * <p>What this maximum is: the most heap any collection left in use. It leaves out the garbage
 * that piles up between collections (which {@link MemoryPoolMXBean#getPeakUsage()} counts, and
 * which depends on {@code -Xmx} and the collector's heuristics), but it is not the exact live peak:
 * after a young collection the old generation may still hold objects that died since the last
 * marking (an overestimate), and a peak of live data between two collections is not seen (an
 * underestimate; in a large heap collections are few). A full collection ({@link System#gc()})
 * leaves exactly the live data. The smallest {@code -Xmx} a run completes with ({@link
 * MinimumHeap}) is the figure that does not depend on when collections happen.
 */
final class HeapWatch implements AutoCloseable {
  private final Set<String> heapPools;
  private final AtomicLong maxAfter = new AtomicLong();
  private final AtomicLong seen = new AtomicLong();
  private final long countAtStart;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onNotification;

  private HeapWatch() {
    heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getName)
        .collect(Collectors.toUnmodifiableSet());
    countAtStart = collectionCount();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        NotificationEmitter emitter = (NotificationEmitter) gc;
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  /** @return a watch of the collections from now on; close it to stop listening */
  static HeapWatch start() {
    return new HeapWatch();
  }

  private void onNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long used = 0;
    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(e.getKey())) {
        used += e.getValue().getUsed();
      }
    }
    maxAfter.accumulateAndGet(used, Math::max);
    seen.incrementAndGet();
  }

  /**
   * The most heap in use right after any collection since {@link #start()}; waits (up to 5 s) for
   * the notifications of the collections that happened so far, which arrive on another thread.
   *
   * @return bytes, 0 if no collection happened
   * @throws InterruptedException if interrupted while waiting
   */
  long maxAfterCollection() throws InterruptedException {
    long goal = collectionCount() - countAtStart;
    for (int i = 0; i < 500 && seen.get() < goal; i++) {
      Thread.sleep(10);
    }
    return maxAfter.get();
  }

  /** @return the number of collections whose notification arrived so far */
  long collections() {
    return seen.get();
  }

  private static long collectionCount() {
    long c = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      c += Math.max(0, gc.getCollectionCount());
    }
    return c;
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException ignored) {
        // already removed
      }
    }
    emitters.clear();
  }
}
