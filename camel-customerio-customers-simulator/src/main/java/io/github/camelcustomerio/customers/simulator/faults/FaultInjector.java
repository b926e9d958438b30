package io.github.camelcustomerio.customers.simulator.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The faults of a running simulator. Faults apply in the order added and each request gets at most one.
 * Every fault counts the requests that match it, whether or not an earlier fault took them, so
 * {@code onRequest(n)} always means the n-th matching request since that fault was added; {@code times(k)}
 * counts the requests the fault actually hit. Faults are checked before authentication and rate limiting.
 */
public final class FaultInjector {

    private static final class ArmedFault {
        private final Fault fault;
        private final SplittableRandom random;
        private long seen;
        private long hits;

        private ArmedFault(Fault fault) {
            this.fault = fault;
            this.random = new SplittableRandom(fault.seed());
        }

        private boolean wants() {
            seen++;
            // Draw for every matching request so that the chosen ones depend only on the seed and request order.
            boolean drawn = fault.share() >= 1.0 || random.nextDouble() < fault.share();
            return seen >= fault.firstRequest() && drawn && hits < fault.maxHits();
        }
    }

    private final List<ArmedFault> faults = new ArrayList<>();

    public synchronized FaultInjector add(Fault fault) {
        faults.add(new ArmedFault(fault.copy()));
        return this;
    }

    public synchronized void clear() {
        faults.clear();
    }

    /** The number of faults added since the last {@link #clear()}, including used-up ones. */
    public synchronized int size() {
        return faults.size();
    }

    /** The fault for this request, or {@code null}. Internal: the request pipeline asks once per request. */
    public synchronized InjectedFault select(String method, String path) {
        Fault chosen = null;
        for (ArmedFault armed : faults) {
            if (armed.fault.matches(method, path) && armed.wants() && chosen == null) {
                armed.hits++;
                chosen = armed.fault;
            }
        }
        return chosen == null ? null : new InjectedFault(chosen);
    }
}
