package io.github.camelcustomerio.customers.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/** The heap occupancy after collections. */
final class HeapWatch {
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    final AtomicLong peakAfterGc = new AtomicLong();
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
                                    Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo.from(
                                                    (CompositeData) notification.getUserData())
                                            .getGcInfo()
                                            .getMemoryUsageAfterGc();
                                    long used = after.entrySet().stream()
                                            .filter(e -> heapPools.contains(e.getKey()))
                                            .mapToLong(e -> e.getValue().getUsed())
                                            .sum();
                                    peakAfterGc.accumulateAndGet(used, Math::max);
                                }
                            },
                            null,
                            null);
        }
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
}
