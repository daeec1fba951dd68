package dev.reverso.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that records, per iteration, the heap limit ({@code -Xmx}, as
 * {@link Runtime#maxMemory()}) and the most heap in use right after any garbage collection during the
 * iteration (summed over the heap pools, from the GC notifications). The second is an indication of the
 * memory the benchmark keeps, not its exact live set: a young collection leaves old-generation garbage in
 * place (so it can read high), and a peak between two collections is not seen (so it can read low). The
 * proof that a benchmark fits in a heap is that its fork completed under that {@code -Xmx}. Aggregated as
 * maxima. Use with {@code -prof dev.reverso.benchmarks.HeapProfiler}.
 */
public final class HeapProfiler implements InternalProfiler {
  private static final double MIB = 1024.0 * 1024.0;
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final NotificationListener listener = (notification, handback) -> {
    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      long used = 0;
      for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (isHeapPool(pool.getKey())) {
          used += pool.getValue().getUsed();
        }
      }
      maxAfterGc.accumulateAndGet(used, Math::max);
      collections.incrementAndGet();
    }
  };
  private boolean registered;

  @Override
  public String getDescription() {
    return "Heap limit and the largest heap use right after a GC, per iteration (MiB)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    if (!registered) {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter) {
          ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
      }
      registered = true;
    }
    maxAfterGc.set(0);
    collections.set(0);
  }

  @Override
  public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    Runtime rt = Runtime.getRuntime();
    // Without a collection in the iteration, the heap in use now is the (looser) bound we have.
    long live = collections.get() > 0 ? maxAfterGc.get() : rt.totalMemory() - rt.freeMemory();
    return List.of(
        new ScalarResult("heap.max", rt.maxMemory() / MIB, "MiB", AggregationPolicy.MAX),
        new ScalarResult("heap.usedAfterGc", live / MIB, "MiB", AggregationPolicy.MAX));
  }

  private static boolean isHeapPool(String name) {
    for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(name)) {
        return pool.getType() == java.lang.management.MemoryType.HEAP;
      }
    }
    return false;
  }
}
