package io.github.camelcustomerio.customers.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap a walk needs, two ways. The live heap is what a full collection leaves: everything still reachable; the
 * most of it over a walk is found by forcing full collections at many instants (the quarters of a walk, and every
 * {@link #SAMPLE_INTERVAL_MS} ms of a sampled walk). The occupancy after any collection is kept too: it also counts
 * garbage that young collections leave behind (in G1, dead objects in old and humongous regions).
 */
final class HeapWatch {

    /** How often a sampled walk forces a full collection. */
    static final long SAMPLE_INTERVAL_MS = 50;

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    final AtomicLong peakAfterGc = new AtomicLong();
    final AtomicLong peakLive = new AtomicLong();
    final AtomicLong liveSamples = new AtomicLong();
    final long[] live = new long[4];
    private volatile boolean measuring;

    HeapWatch() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (measuring
                                        && GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                                notification.getType())) {
                                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData());
                                    long used = used(info.getGcInfo().getMemoryUsageAfterGc());
                                    peakAfterGc.accumulateAndGet(used, Math::max);
                                    if ("System.gc()".equals(info.getGcCause())) {
                                        peakLive.accumulateAndGet(used, Math::max);
                                        liveSamples.incrementAndGet();
                                    }
                                }
                            },
                            null,
                            null);
        }
    }

    private long used(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed())
                .sum();
    }

    void startMeasuring() {
        System.gc();
        measuring = true;
    }

    /** A full collection, then the heap in use: what the walk holds at this point. */
    void checkpoint(int quarter) {
        System.gc();
        live[quarter] = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Runs the walk while another thread forces a full collection every {@link #SAMPLE_INTERVAL_MS} ms. */
    void sampleDuring(ThrowingRunnable walk) throws Exception {
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try {
            sampler.scheduleWithFixedDelay(System::gc, 0, SAMPLE_INTERVAL_MS, TimeUnit.MILLISECONDS);
            walk.run();
        } finally {
            sampler.shutdownNow();
            sampler.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
