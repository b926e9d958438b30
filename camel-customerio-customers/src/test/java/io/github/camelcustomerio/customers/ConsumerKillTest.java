package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A changes-mode consumer in a JVM of its own ({@link ConsumerProcess}), killed with SIGKILL at random instants,
 * during walks and during state writes, and started again, while members join and leave the segment between kills:
 * no change is lost, and each restart repeats at most one page of events.
 * <p>
 * The default run is short (2 seeds); {@code -Dkill.seeds=N} (and {@code -Dkill.rounds}, {@code -Dkill.kills}) runs a
 * longer one, e.g. {@code mvn -pl camel-customerio-customers verify -Dtest=ConsumerKillTest -Dkill.seeds=20
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ConsumerKillTest extends SimulatorTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerKillTest.class);

    private static final int MEMBERS = 400;
    private static final int PAGE = 20;
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private int segment;
    private int nextPerson;
    private final Set<String> members = new HashSet<>();
    private final Set<String> expected = new HashSet<>();
    private int kills;
    private int killsInStateWrites;
    private int worstRepeats;
    private int restarts;

    @Test
    void killedAtRandomInstantsTheConsumerLosesNoChangeAndRepeatsAtMostOnePage() throws Exception {
        int seeds = Integer.getInteger("kill.seeds", 2);
        int rounds = Integer.getInteger("kill.rounds", 3);
        int killsPerRound = Integer.getInteger("kill.kills", 3);
        for (int seed = 1; seed <= seeds; seed++) {
            runSeed(seed, rounds, killsPerRound);
        }
        LOG.info(
                "kill test: {} seeds, {} restarts, {} kills ({} during a state write), 0 lost, at most {}"
                        + " events repeated per kill",
                seeds,
                restarts,
                kills,
                killsInStateWrites,
                worstRepeats);
        assertThat(killsInStateWrites)
                .as("some kills landed inside a state write")
                .isPositive();
    }

    private void runSeed(int seed, int rounds, int killsPerRound) throws Exception {
        Random random = new Random(seed);
        Path run = Files.createDirectories(folder.resolve("seed-" + seed));
        Path state = run.resolve("state");
        Path journal = run.resolve("journal");
        Path flag = run.resolve("flag");
        members.clear();
        expected.clear();
        segment = manualSegmentOf(MEMBERS);
        nextPerson = MEMBERS + 1;
        for (int person = 1; person <= MEMBERS; person++) {
            members.add("user-" + person);
        }

        // the first walk records the baseline: nothing is handed
        Process baseline = start(run, state, journal, flag);
        awaitBaseline(state);
        kill(baseline, flag);

        for (int round = 1; round <= rounds; round++) {
            change(random);
            for (int k = 0; k < killsPerRound; k++) {
                List<String> before = lines(journal);
                Process process = start(run, state, journal, flag);
                awaitStarted(flag);
                // a random instant to kill at: the pause is the point, there is nothing to wait for
                Thread.sleep(random.nextInt(800));
                kill(process, flag);
                countRepeats(before, lines(journal));
            }
            List<String> before = lines(journal);
            Process process = start(run, state, journal, flag);
            awaitEveryChange(journal, seed, round);
            kill(process, flag);
            countRepeats(before, lines(journal));
        }
        List<String> handed = lines(journal);
        assertThat(new HashSet<>(handed))
                .as("seed %d: what was handed, duplicates aside", seed)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Between kills: some members leave, new ones join. */
    private void change(Random random) {
        List<String> present = new ArrayList<>(members);
        present.sort(null);
        for (int i = 0; i < 7; i++) {
            String gone = present.remove(random.nextInt(present.size()));
            workspace().removeFromSegment(segment, gone);
            members.remove(gone);
            expected.add("left " + gone);
        }
        for (int i = 0; i < 6; i++) {
            int person = nextPerson++;
            addPerson(person);
            workspace().addToSegment(segment, "user-" + person);
            members.add("user-" + person);
            expected.add("joined user-" + person);
        }
    }

    /** Each event happens once, so an event a process hands that was in the journal before it started is a repeat. */
    private void countRepeats(List<String> before, List<String> after) {
        Set<String> known = new HashSet<>(before);
        int repeats = 0;
        for (String event : after.subList(before.size(), after.size())) {
            if (known.contains(event)) {
                repeats++;
            }
        }
        assertThat(repeats).as("events a restarted process handed again").isLessThanOrEqualTo(PAGE);
        worstRepeats = Math.max(worstRepeats, repeats);
    }

    private Process start(Path run, Path state, Path journal, Path flag) throws IOException {
        Files.write(flag, new byte[2]);
        restarts++;
        return ChildJvm.start(
                ConsumerProcess.class,
                run.resolve("process.log"),
                simulator.baseUrl(),
                simulator.apiKey(),
                segment,
                PAGE,
                state,
                journal,
                flag);
    }

    private void kill(Process process, Path flag) throws Exception {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        kills++;
        if (Files.exists(flag) && Files.readAllBytes(flag)[0] == 1) {
            killsInStateWrites++;
        }
    }

    private static void awaitStarted(Path flag) {
        await("the consumer process starts")
                .atMost(SETTLE)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> Files.exists(flag) && Files.size(flag) == 2 && Files.readAllBytes(flag)[1] == 1);
    }

    private static void awaitBaseline(Path state) {
        await("the baseline walk completes").atMost(SETTLE).until(() -> ChildJvm.baselineStored(state, "members"));
    }

    private void awaitEveryChange(Path journal, int seed, int round) {
        await("seed " + seed + ", round " + round + ": every change is handed")
                .atMost(SETTLE)
                .untilAsserted(() -> assertThat(new HashSet<>(lines(journal))).containsAll(expected));
    }

    private static List<String> lines(Path journal) throws IOException {
        return ChildJvm.completeLines(journal);
    }
}
