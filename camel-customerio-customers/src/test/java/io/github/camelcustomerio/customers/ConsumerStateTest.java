package io.github.camelcustomerio.customers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.camelcustomerio.customers.state.DirectoryStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the consumer stores and how: a position is only ever read by the mode that wrote it, a repository is started
 * and stopped by whoever owns it, and unreadable state is never passed over in silence.
 */
class ConsumerStateTest extends SimulatorTestSupport {

    private final KeyRecordingRepository positions = new KeyRecordingRepository();
    private final List<String> handed = new ArrayList<>();

    @TempDir
    Path folder;

    /** The application owns the repository the processes below share, as it would own a database. */
    @BeforeEach
    void startRepository() {
        positions.start();
    }

    @Test
    void aSnapshotPositionIsNeverReadAsAChangesBaseline() throws Exception {
        int segment = manualSegmentOf(3);
        String members = "customerio-customers:getSegmentMembership?segmentId=" + segment;
        process(members + "&mode=snapshot", 1);
        assertThat(handed).hasSize(3);
        handed.clear();

        process(members + "&mode=changes&emitHistory=false", 1);

        assertThat(handed)
                .as("the first changes walk records its baseline: nobody 'joined'")
                .isEmpty();
        assertThat(positions.keys)
                .anyMatch(key -> key.contains(".snapshot."))
                .anyMatch(key -> key.contains(".changes."));
    }

    @Test
    void aStateKeyHoldingAnotherModesPositionIsRefused() throws Exception {
        int segment = manualSegmentOf(3);
        String members = "customerio-customers:getSegmentMembership?segmentId=" + segment + "&stateKey=members";
        process(members + "&mode=snapshot", 1);

        assertThatThrownBy(() -> process(members + "&mode=changes", 1))
                .hasStackTraceContaining("The consumer state under key 'members' was written in mode 'snapshot', and"
                        + " this consumer runs in mode 'changes': a position is never read as another"
                        + " mode's. Give this consumer its own stateKey.");
    }

    @Test
    void aRepositorySharedByTwoRoutesOutlivesEitherOfThem() throws Exception {
        int first = manualSegmentOf(2);
        int second = manualSegmentOf(2);
        FileStateRepository shared = FileStateRepository.fileStateRepository(
                folder.resolve("positions").toFile());
        context.getRegistry().bind("shared", shared);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + first + "&mode=changes"
                                + "&stateRepository=#shared&stateKey=first&startScheduler=false")
                        .routeId("first")
                        .to("mock:first");
                from("customerio-customers:getSegmentMembership?segmentId=" + second + "&mode=changes"
                                + "&stateRepository=#shared&stateKey=second&startScheduler=false")
                        .routeId("second")
                        .to("mock:second");
            }
        });
        poll("first");
        poll("second");

        context.getRouteController().stopRoute("first");

        assertThat(ServiceHelper.isStarted(shared))
                .as("stopping one route leaves the repository running")
                .isTrue();
        assertThat(shared.getState("first")).isNotNull();
        addPerson(3);
        workspace().addToSegment(second, "user-3");
        poll("second");
        assertThat(getMockEndpoint("mock:second").getReceivedExchanges())
                .extracting(e -> item(e).get("id"))
                .containsExactly("user-3");
    }

    @Test
    void aRepositoryTheApplicationStartedIsLeftToTheApplication() throws Exception {
        int segment = manualSegmentOf(2);

        process("customerio-customers:getSegmentMembership?segmentId=" + segment, 1);

        assertThat(ServiceHelper.isStarted(positions))
                .as("still started after the CamelContext stopped")
                .isTrue();
    }

    @Test
    void anUnreadableHeadStopsTheConsumerFromStartingByDefault() throws Exception {
        int segment = manualSegmentOf(2);
        positions.setState("members", "{\"mode\":\"chan");

        assertThatThrownBy(() -> process(changes(segment), 1))
                .hasStackTraceContaining(
                        "The consumer state under key 'members' is unreadable: its head entry is not valid JSON (")
                .hasStackTraceContaining("Discarding it (option unreadableState=startOver) would lose: everything"
                        + " stored under this key (what it held cannot be told)");
        assertThat(requests()).as("nothing was fetched").isEmpty();
    }

    @Test
    void anUnreadableHeadIsDiscardedWithAWarningWhenAskedTo() throws Exception {
        int segment = manualSegmentOf(2);
        positions.setState("members", "{\"mode\":\"chan");

        try (LogCapture log = LogCapture.everythingAt(Level.INFO)) {
            process(changes(segment) + "&unreadableState=startOver", 1);

            assertThat(log.text())
                    .contains("WARN The consumer state under key 'members' is unreadable: its head entry"
                            + " is not valid JSON (")
                    .contains("Discarded (unreadableState=startOver); lost: everything stored under this key");
        }
        assertThat(handed).as("a new baseline").isEmpty();
    }

    @Test
    void aHeadThatIsNotAConsumersStateIsUnreadableNotAnotherModes() throws Exception {
        int segment = manualSegmentOf(2);
        for (String head : List.of("null", "[]", "{}", "{\"mode\":7}")) {
            positions.setState("members", head);

            assertThatThrownBy(() -> process(changes(segment), 1))
                    .as(head)
                    .hasStackTraceContaining("The consumer state under key 'members' is unreadable: its head entry is"
                            + " not a consumer's state (a JSON object with its mode)");
        }
        assertThat(requests()).as("nothing was fetched").isEmpty();
    }

    @Test
    void aHeadThatIsNotUtf8IsUnreadableAndDiscardedWhenAskedTo() throws Exception {
        int segment = manualSegmentOf(2);
        DirectoryStateRepository files = new DirectoryStateRepository(folder);
        files.start();
        files.setState("members", "{}");
        try (var entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                Files.write(entry, new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}'});
            }
        }

        try (LogCapture log = LogCapture.everythingAt(Level.INFO)) {
            processOn(files, changes(segment) + "&unreadableState=startOver&emitHistory=true", 1);

            assertThat(log.text())
                    .contains("WARN The consumer state under key 'members' is unreadable: its head entry is not UTF-8"
                            + " text. Discarded (unreadableState=startOver)");
        }
        assertThat(handed).as("a new first walk").containsExactly("joined user-1", "joined user-2");
        files.stop();
    }

    @Test
    void aBaselineWhoseChunkCountIsNotACountIsUnreadable() throws Exception {
        int segment = manualSegmentOf(3);
        process(changes(segment), 1);
        String head = positions.getState("members");
        for (String count : List.of("-1", "\"x\"", "1.5")) {
            positions.setState("members", head.replaceFirst("\"chunks\":1", "\"chunks\":" + count));

            assertThatThrownBy(() -> process(changes(segment), 1))
                    .as(count)
                    .hasStackTraceContaining("The consumer state under key 'members' is unreadable: the previous"
                            + " membership: 'chunks' is not a count: " + count);
        }
        positions.setState("members", head.replaceFirst("\"chunks\":1", "\"chunks\":2000000000"));
        assertThatThrownBy(() -> process(changes(segment), 1))
                .hasStackTraceContaining("the previous membership: chunk 'members.a.1' is missing");
    }

    @Test
    void anUnreadableBaselineSaysWhatDiscardingItLoses() throws Exception {
        int segment = manualSegmentOf(5);
        process(changes(segment), 1);
        positions.setState("members.a.0", positions.getState("members.a.0").replace(':', '0'));

        assertThatThrownBy(() -> process(changes(segment), 1))
                .hasStackTraceContaining(
                        "The consumer state under key 'members' is unreadable: the previous membership: chunk 'members.a.0'")
                .hasStackTraceContaining("would lose: the baseline of 5 members recorded at ")
                .hasStackTraceContaining(", so who joined or left between that walk and the next one is not handed");

        workspace().removeFromSegment(segment, "user-1");
        try (LogCapture log = LogCapture.everythingAt(Level.INFO)) {
            process(changes(segment) + "&unreadableState=startOver", 1);
            assertThat(log.text()).contains("lost: the baseline of 5 members recorded at ");
        }
        assertThat(handed)
                .as("user-1's leaving is what was lost; the new baseline holds the four others")
                .isEmpty();
        workspace().removeFromSegment(segment, "user-2");
        process(changes(segment), 1);
        assertThat(handed).containsExactly("left user-2");
    }

    @Test
    void anUnreadableWalkInProgressStartsOverAndLosesNothing() throws Exception {
        int segment = manualSegmentOf(4);
        process(changes(segment) + "&limit=2", 1);
        for (int person = 5; person <= 6; person++) {
            addPerson(person);
            workspace().addToSegment(segment, "user-" + person);
        }
        workspace().removeFromSegment(segment, "user-1");
        // the second walk stops after handing user-5: its first page (user-2, user-3) is recorded in slot b
        process(changes(segment) + "&limit=2&maxMessagesPerPoll=1", 1);
        assertThat(handed).containsExactly("joined user-5");
        positions.setState("members.b.0", "0:AAAA");

        try (LogCapture log = LogCapture.everythingAt(Level.INFO)) {
            process(changes(segment) + "&limit=2", 1);
            assertThat(log.text())
                    .contains("WARN The consumer state under key 'members' is partly unreadable: the"
                            + " walk in progress: chunk 'members.b.0' does not match its checksum."
                            + " Nothing is lost; the walk starts over from its first page");
        }
        assertThat(handed).containsExactly("joined user-5", "joined user-5", "joined user-6", "left user-1");
    }

    private static String changes(int segment) {
        return "customerio-customers:getSegmentMembership?segmentId=" + segment + "&mode=changes&stateKey=members";
    }

    /** A process of its own: a CamelContext on the shared repository, polled, then stopped. */
    private void process(String uri, int polls) throws Exception {
        processOn(positions, uri, polls);
    }

    private void processOn(StateRepository<String, String> repository, String uri, int polls) throws Exception {
        try (CamelContext process = new DefaultCamelContext()) {
            configure(process);
            process.getRegistry().bind("positions", repository);
            process.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri + "&stateRepository=#positions&startScheduler=false")
                            .routeId("consumer")
                            .process(exchange -> {
                                Object change = exchange.getMessage().getHeader(CustomerIoCustomersConstants.CHANGE);
                                Object id =
                                        exchange.getMessage().getBody(Map.class).get("id");
                                handed.add(change == null ? String.valueOf(id) : change + " " + id);
                            });
                }
            });
            process.start();
            for (int i = 0; i < polls; i++) {
                ((ScheduledPollConsumer) process.getRoute("consumer").getConsumer()).run();
            }
        }
    }

    private void poll(String routeId) {
        ((ScheduledPollConsumer) context.getRoute(routeId).getConsumer()).run();
    }

    /** A memory repository that tells which keys were written. */
    private static final class KeyRecordingRepository extends MemoryStateRepository {

        final Set<String> keys = new TreeSet<>();

        @Override
        public void setState(String key, String value) {
            keys.add(key);
            super.setState(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(org.apache.camel.Exchange exchange) {
        return exchange.getMessage().getBody(Map.class);
    }
}
