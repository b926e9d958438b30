package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes of one integration ({@link ClusterNodeProcess}, each in its own JVM) run the same consumer under
 * {@code master:} with camel-file's FileLockClusterService and one shared DirectoryStateRepository. The leader is
 * killed (SIGKILL) four times and stopped gracefully (SIGTERM) four times, a new node joining each time: the next
 * leader goes on from the stored position, losing nothing and repeating at most one page, in snapshot and in changes
 * mode.
 */
class ClusterFailoverTest extends SimulatorTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterFailoverTest.class);

    private static final int MEMBERS = 200;
    private static final int PAGE = 20;
    private static final int FAILOVERS = 8;
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private final Map<String, Process> nodes = new LinkedHashMap<>();
    private final Set<String> expected = new HashSet<>();
    private final Set<String> members = new HashSet<>();
    private Path state;
    private Path cluster;
    private Path journal;
    private int segment;
    private int nextPerson = MEMBERS + 1;
    private int nextNode = 1;

    @AfterEach
    void stopNodes() {
        nodes.values().forEach(Process::destroyForcibly);
    }

    @ParameterizedTest(name = "mode={0}")
    @ValueSource(strings = {"snapshot", "changes"})
    void theNextLeaderGoesOnFromTheStoredPosition(String mode) throws Exception {
        state = Files.createDirectories(folder.resolve("state"));
        cluster = Files.createDirectories(folder.resolve("cluster"));
        journal = folder.resolve("journal");
        segment = manualSegmentOf(MEMBERS);
        for (int person = 1; person <= MEMBERS; person++) {
            members.add("user-" + person);
        }
        Random random = new Random(mode.hashCode());
        start(mode);
        start(mode);
        String leader = awaitLeader(null, 0).name();
        if ("changes".equals(mode)) {
            awaitBaseline();
        }

        int worstRepeats = 0;
        long worstTakeover = 0;
        List<Long> takeovers = new ArrayList<>();
        for (int failover = 1; failover <= FAILOVERS; failover++) {
            boolean kill = failover % 2 == 1;
            if ("changes".equals(mode)) {
                change(random);
            }
            // a random instant to fail over at: the pause is the point, there is nothing to wait for
            Thread.sleep(200 + random.nextInt(1000));
            Process process = nodes.remove(leader);
            long stoppedAt = System.currentTimeMillis();
            if (kill) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<String> before = lines();
            start(mode);
            Leader next = awaitLeader(leader, stoppedAt);
            takeovers.add(next.since() - stoppedAt);
            worstTakeover = Math.max(worstTakeover, next.since() - stoppedAt);
            leader = next.name();
            if ("changes".equals(mode)) {
                awaitEveryChange();
                worstRepeats = Math.max(worstRepeats, changeRepeats(before, lines()));
            } else {
                awaitProgress(before.size() + MEMBERS);
            }
        }
        if ("snapshot".equals(mode)) {
            worstRepeats = snapshotRepeats(lines());
        } else {
            // a repeat after a failover is allowed (at most a page, counted per failover above)
            assertThat(new HashSet<>(events(lines())))
                    .as("every join and leave, duplicates aside")
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        LOG.info(
                "{} mode: {} failovers ({} kills, {} graceful stops), 0 lost, at most {} repeated per failover,"
                        + " takeover {} ms",
                mode,
                FAILOVERS,
                (FAILOVERS + 1) / 2,
                FAILOVERS / 2,
                worstRepeats,
                takeovers);
        assertThat(worstRepeats).isLessThanOrEqualTo(PAGE);
        assertThat(worstTakeover).as("takeover in ms").isLessThan(15_000);
    }

    /** Between failovers: some members leave, new ones join. */
    private void change(Random random) {
        List<String> present = new ArrayList<>(members);
        present.sort(null);
        for (int i = 0; i < 4; i++) {
            String gone = present.remove(random.nextInt(present.size()));
            workspace().removeFromSegment(segment, gone);
            members.remove(gone);
            expected.add("left " + gone);
        }
        for (int i = 0; i < 4; i++) {
            int person = nextPerson++;
            addPerson(person);
            workspace().addToSegment(segment, "user-" + person);
            members.add("user-" + person);
            expected.add("joined user-" + person);
        }
    }

    /** Events that the new leader handed and that were handed before the failover. */
    private static int changeRepeats(List<String> before, List<String> after) {
        Set<String> known = new HashSet<>(events(before));
        int repeats = 0;
        for (String event : events(after.subList(before.size(), after.size()))) {
            if (known.contains(event)) {
                repeats++;
            }
        }
        return repeats;
    }

    /**
     * Snapshot walks hand user-1 .. user-200 in order, again and again. Across the whole journal each member must follow
     * the one before it (or user-1 follow user-200); a step back is a repeat, allowed only where the leader changed
     * and by at most a page; a step forward past a member is a loss.
     */
    private static int snapshotRepeats(List<String> journal) {
        int worst = 0;
        String previousNode = null;
        int previous = MEMBERS;
        for (String line : journal) {
            String[] parts = line.split(" ");
            int member = Integer.parseInt(parts[1].substring("user-".length()));
            boolean next = member == previous + 1 || (member == 1 && previous == MEMBERS);
            if (!next) {
                assertThat(parts[0])
                        .as("only a new leader steps back, at %s after user-%d", line, previous)
                        .isNotEqualTo(previousNode);
                assertThat(member)
                        .as("nothing skipped: %s after user-%d", line, previous)
                        .isLessThanOrEqualTo(previous);
                worst = Math.max(worst, previous - member + 1);
            }
            previousNode = parts[0];
            previous = member;
        }
        return worst;
    }

    private static List<String> events(List<String> lines) {
        return lines.stream().map(line -> line.substring(line.indexOf(' ') + 1)).toList();
    }

    private void start(String mode) throws IOException {
        String node = "node-" + nextNode++;
        nodes.put(
                node,
                ChildJvm.start(
                        ClusterNodeProcess.class,
                        folder.resolve(node + ".log"),
                        node,
                        simulator.baseUrl(),
                        simulator.apiKey(),
                        segment,
                        PAGE,
                        mode,
                        state,
                        cluster,
                        journal));
    }

    private record Leader(String name, long since) {}

    /** The leader other than {@code previous}, once it has announced itself after {@code after}. */
    private Leader awaitLeader(String previous, long after) {
        return await("a new leader after " + previous)
                .atMost(SETTLE)
                .pollInterval(Duration.ofMillis(20))
                .until(
                        this::announcedLeader,
                        leader -> leader != null && !leader.name().equals(previous) && leader.since() >= after);
    }

    private Leader announcedLeader() throws IOException {
        Path file = cluster.resolve("leader");
        if (!Files.exists(file)) {
            return null;
        }
        String[] announced = Files.readString(file).split(" ");
        return new Leader(announced[0], Long.parseLong(announced[1]));
    }

    private void awaitBaseline() {
        await("the baseline walk completes").atMost(SETTLE).until(() -> ChildJvm.baselineStored(state, "members"));
    }

    private void awaitEveryChange() {
        await("every change is handed")
                .atMost(SETTLE)
                .untilAsserted(() -> assertThat(new HashSet<>(events(lines()))).containsAll(expected));
    }

    private void awaitProgress(int lines) {
        await("the new leader walks on").atMost(SETTLE).until(() -> lines().size() >= lines);
    }

    private List<String> lines() throws IOException {
        return ChildJvm.completeLines(journal);
    }
}
