package io.github.camelcustomerio.customers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash between any two writes of the consumer's state, at every such point of three walks: a restarted process,
 * reading only what was written before the crash, hands every change (changes mode) or every member (snapshot mode)
 * at least once, and repeats at most one batch. (Within one write, the repository's own atomicity answers: see
 * DirectoryStateRepositoryTest, and ConsumerKillTest for real kills.)
 */
class ConsumerCrashPointTest extends SimulatorTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerCrashPointTest.class);

    private static final int PAGE = 4;

    private int segment;

    @ParameterizedTest(name = "mode={0}")
    @ValueSource(strings = {"changes", "snapshot"})
    void aCrashBetweenAnyTwoStateWritesLosesNothingAndRepeatsAtMostOneBatch(String mode) throws Exception {
        int writes = run(mode, Integer.MAX_VALUE).writes;
        assertThat(writes).as("state writes of three walks").isGreaterThanOrEqualTo(30);

        int worst = 0;
        for (int crashAt = 1; crashAt <= writes; crashAt++) {
            Run run = run(mode, crashAt);
            Set<String> distinct = new HashSet<>(run.journal);
            assertThat(distinct)
                    .as("crash at write %d of %d: what was handed", crashAt, writes)
                    .containsExactlyInAnyOrderElementsOf(run.expected);
            int repeats = run.journal.size() - distinct.size();
            assertThat(repeats).as("crash at write %d: repeats", crashAt).isLessThanOrEqualTo(PAGE);
            worst = Math.max(worst, repeats);
        }
        LOG.info("{} mode: {} crash points, 0 lost, at most {} repeated per crash", mode, writes, worst);
    }

    /** Three walks with changes between them; the process crashes at state write {@code crashAt} and restarts. */
    private Run run(String mode, int crashAt) throws Exception {
        segment = manualSegmentOf(18);
        Run run = new Run(crashAt);
        for (int person = 1; person <= 18; person++) {
            run.members.add("user-" + person);
        }
        String uri = "customerio-customers:getSegmentMembership?segmentId=" + segment + "&limit=" + PAGE + "&mode="
                + mode + "&stateRepository=#positions&startScheduler=false";
        List<Runnable> changes = List.of(
                () -> {},
                () -> {
                    remove(run, 2, 7, 8, 17);
                    add(run, 19, 20, 21, 22, 23);
                },
                () -> {
                    remove(run, 1, 19, 18);
                    add(run, 24);
                });
        for (int walk = 0; walk < changes.size(); walk++) {
            changes.get(walk).run();
            if ("snapshot".equals(mode)) {
                for (String member : run.members) {
                    run.expected.add(walk + " " + member);
                }
            }
            run.walk = walk;
            boolean crashed = run.repository.crashed;
            poll(run, uri);
            if (!crashed && run.repository.crashed) {
                // the restarted process completes the walk the crash interrupted
                poll(run, uri);
            }
        }
        if ("changes".equals(mode)) {
            run.expected.addAll(run.changes);
        }
        return run;
    }

    private void remove(Run run, int... people) {
        for (int person : people) {
            workspace().removeFromSegment(segment, "user-" + person);
            run.members.remove("user-" + person);
            run.changes.add("left user-" + person);
        }
    }

    private void add(Run run, int... people) {
        for (int person : people) {
            addPerson(person);
            workspace().addToSegment(segment, "user-" + person);
            run.members.add("user-" + person);
            run.changes.add("joined user-" + person);
        }
    }

    /** One process: a CamelContext on the state written so far, polled once, then stopped. */
    private void poll(Run run, String uri) throws Exception {
        CrashingRepository positions = run.repository.crashed ? run.repository.restarted() : run.repository;
        run.repository = positions;
        try (CamelContext process = new DefaultCamelContext()) {
            configure(process);
            process.getRegistry().bind("positions", positions);
            process.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).routeId("consumer").process(exchange -> {
                        if (!positions.crashed) {
                            Object change = exchange.getMessage().getHeader(CustomerIoCustomersConstants.CHANGE);
                            Object id = exchange.getMessage().getBody(Map.class).get("id");
                            run.journal.add((change == null ? run.walk : change) + " " + id);
                        }
                    });
                }
            });
            process.start();
            ((ScheduledPollConsumer) process.getRoute("consumer").getConsumer()).run();
        }
        run.writes = positions.writes;
    }

    private static final class Run {
        final List<String> journal = new ArrayList<>();
        final Set<String> expected = new HashSet<>();
        final Set<String> members = new HashSet<>();
        final Set<String> changes = new HashSet<>();
        CrashingRepository repository;
        int walk;
        int writes;

        Run(int crashAt) {
            repository = new CrashingRepository(new HashMap<>(), crashAt, 0);
        }
    }

    /** The process dies here (no stack trace: each crash point logs one failed poll). */
    private static final class Crash extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Crash() {
            super("simulated crash", null, false, false);
        }
    }

    /**
     * Entries that outlive a process. The process dies at write number {@code crashAt}: that write and everything
     * after it never happen, and the process hands nothing more.
     */
    private static final class CrashingRepository implements StateRepository<String, String> {

        final Map<String, String> disk;
        final int crashAt;
        int writes;
        boolean crashed;

        CrashingRepository(Map<String, String> disk, int crashAt, int writes) {
            this.disk = disk;
            this.crashAt = crashAt;
            this.writes = writes;
        }

        /** The next process, on what the crashed one wrote; it does not crash. */
        CrashingRepository restarted() {
            return new CrashingRepository(disk, Integer.MAX_VALUE, writes);
        }

        @Override
        public void setState(String key, String value) {
            if (crashed || ++writes == crashAt) {
                crashed = true;
                throw new Crash();
            }
            disk.put(key, value);
        }

        @Override
        public String getState(String key) {
            return disk.get(key);
        }

        @Override
        public void start() {}

        @Override
        public void stop() {}
    }
}
