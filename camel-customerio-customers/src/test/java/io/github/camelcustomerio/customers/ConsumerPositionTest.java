package io.github.camelcustomerio.customers;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.camelcustomerio.customers.simulator.model.Activity;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Across polls and restarts: changes mode hands who joined and who left; newOnly mode hands only what is new; a
 * route that fails never makes the consumer skip an item; with a state repository all of it survives a restart.
 */
class ConsumerPositionTest extends ConsumerTestSupport {

    @TempDir
    Path folder;

    @Test
    void changesModeHandsJoinedAndLeftMembers() throws Exception {
        int segment = manualSegmentOf(5);
        MockEndpoint changes = consume(
                "changes", "customerio-customers:getSegmentMembership?segmentId=" + segment + "&mode=changes&limit=2");

        poll("changes");
        assertThat(changes.getReceivedExchanges())
                .as("the first walk records the baseline")
                .isEmpty();

        workspace().removeFromSegment(segment, "user-2");
        workspace().removeFromSegment(segment, "user-5");
        addPerson(6);
        workspace().addToSegment(segment, "user-6");
        poll("changes");

        assertThat(changes.getReceivedExchanges())
                .extracting(
                        e -> e.getMessage().getHeader(CustomerIoCustomersConstants.CHANGE) + " " + item(e).get("id"))
                .containsExactly("joined user-6", "left user-2", "left user-5");
        Map<String, Object> left = item(changes.getReceivedExchanges().get(1));
        assertThat(left).containsEntry("cio_id", "c00002").containsEntry("id", "user-2");

        poll("changes");
        assertThat(changes.getReceivedExchanges()).as("nothing changed since").hasSize(3);
    }

    @Test
    void changesModeWithHistoryHandsEveryoneAsJoinedFirst() throws Exception {
        int segment = manualSegmentOf(3);
        MockEndpoint changes = consume(
                "changes",
                "customerio-customers:getSegmentMembership?segmentId=" + segment + "&mode=changes&emitHistory=true");

        poll("changes");

        assertThat(changes.getReceivedExchanges())
                .extracting(
                        e -> e.getMessage().getHeader(CustomerIoCustomersConstants.CHANGE) + " " + item(e).get("id"))
                .containsExactly("joined user-1", "joined user-2", "joined user-3");
    }

    @Test
    void changesSurviveARestartWithAFileStateRepository() throws Exception {
        int segment = manualSegmentOf(4);
        File store = folder.resolve("positions.dat").toFile();
        String uri = "customerio-customers:getSegmentMembership?segmentId=" + segment
                + "&mode=changes&stateRepository=#positions&startScheduler=false";

        List<String> seen = new ArrayList<>();
        runOnce(store, uri, seen, 1);
        assertThat(seen).isEmpty();

        workspace().removeFromSegment(segment, "user-1");
        addPerson(9);
        workspace().addToSegment(segment, "user-9");
        runOnce(store, uri, seen, 1);

        assertThat(seen).containsExactly("joined user-9", "left user-1");
    }

    @Test
    void newActivitiesAppearOnceAcrossRestarts() throws Exception {
        addPerson(1);
        workspace().addActivity("user-1", Activity.event("before").at(1_700_000_000L));
        File store = folder.resolve("positions.dat").toFile();
        String uri = "customerio-customers:getPersonActivities?customerId=user-1&limit=2&stateRepository=#positions"
                + "&startScheduler=false";
        List<String> seen = new ArrayList<>();

        runOnce(store, uri, seen, 1);
        workspace().addActivity("user-1", Activity.event("a").at(1_700_000_010L));
        workspace().addActivity("user-1", Activity.event("b").at(1_700_000_020L));
        workspace().addActivity("user-1", Activity.event("c").at(1_700_000_030L));
        runOnce(store, uri, seen, 2);
        workspace().addActivity("user-1", Activity.event("d").at(1_700_000_040L));
        runOnce(store, uri, seen, 2);

        assertThat(seen).containsExactly("c", "b", "a", "d");
    }

    @Test
    void activitiesOfTheSameSecondAreNotSkippedWhateverTheirOrder() throws Exception {
        addPerson(1);
        long second = 1_700_000_500L;
        for (int i = 1; i <= 3; i++) {
            workspace().addActivity("user-1", Activity.event("first-" + i).at(second));
        }
        MockEndpoint activities = consume(
                "activities",
                "customerio-customers:getPersonActivities?customerId=user-1" + "&emitHistory=true&limit=2");
        poll("activities");
        assertThat(activities.getReceivedExchanges()).hasSize(3);

        for (int i = 1; i <= 3; i++) {
            workspace().addActivity("user-1", Activity.event("more-" + i).at(second));
        }
        poll("activities");
        workspace().addActivity("user-1", Activity.event("later").at(second + 1));
        poll("activities");
        poll("activities");

        assertThat(activities.getReceivedExchanges())
                .extracting(e -> (String) item(e).get("name"))
                .hasSize(7)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("first-1", "first-2", "first-3", "more-1", "more-2", "more-3", "later");
        assertThat(activities
                        .getReceivedExchanges()
                        .get(6)
                        .getMessage()
                        .getBody(Map.class)
                        .get("name"))
                .isEqualTo("later");
    }

    @Test
    void activityHistoryIsHandedWhenAskedFor() throws Exception {
        addPerson(1);
        for (int i = 1; i <= 5; i++) {
            workspace().addActivity("user-1", Activity.event("e" + i).at(1_700_000_000L + i));
        }
        MockEndpoint activities = consume(
                "activities",
                "customerio-customers:getPersonActivities?customerId=user-1" + "&emitHistory=true&limit=2");

        poll("activities");

        assertThat(activities.getReceivedExchanges())
                .extracting(e -> item(e).get("name"))
                .containsExactly("e5", "e4", "e3", "e2", "e1");
        assertThat(requests()).hasSize(3);
    }

    @Test
    void aFailingItemIsHandedAgainAndNothingAfterItIsLost() throws Exception {
        int segment = manualSegmentOf(8);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + segment + "&limit=3&startScheduler=false")
                        .routeId("flaky")
                        .to("mock:seen")
                        .process(failsOnceOn("user-5"))
                        .to("mock:done");
            }
        });

        poll("flaky");
        assertThat(ids(getMockEndpoint("mock:done"))).containsExactly("user-1", "user-2", "user-3", "user-4");
        poll("flaky");

        assertThat(ids(getMockEndpoint("mock:done"))).containsExactlyElementsOf(ConsumerTest.users(1, 8));
        assertThat(ids(getMockEndpoint("mock:seen")))
                .as("user-5 was handed twice, nobody was skipped")
                .containsExactly(
                        "user-1", "user-2", "user-3", "user-4", "user-5", "user-5", "user-6", "user-7", "user-8");
    }

    @Test
    void aRouteThatGoesOnInAnotherThreadIsWaitedForItemByItem() throws Exception {
        int segment = manualSegmentOf(8);
        Set<String> routeThreads = ConcurrentHashMap.newKeySet();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + segment + "&limit=3&startScheduler=false")
                        .routeId("threaded")
                        .threads(2)
                        .delay(5)
                        .process(exchange ->
                                routeThreads.add(Thread.currentThread().getName()))
                        .to("mock:seen")
                        .process(failsOnceOn("user-5"))
                        .to("mock:done");
            }
        });

        poll("threaded");

        assertThat(routeThreads)
                .as("the route went on in its own threads")
                .doesNotContain(Thread.currentThread().getName());
        assertThat(ids(getMockEndpoint("mock:seen")))
                .as("each item was handed once the one before it had gone through; none after the failure")
                .containsExactly("user-1", "user-2", "user-3", "user-4", "user-5");
        poll("threaded");
        assertThat(ids(getMockEndpoint("mock:done"))).containsExactlyElementsOf(ConsumerTest.users(1, 8));
    }

    @Test
    void aRestartAfterAFailureResumesFromThePersistedPage() throws Exception {
        int segment = manualSegmentOf(9);
        File store = folder.resolve("positions.dat").toFile();
        String uri = "customerio-customers:getSegmentMembership?segmentId=" + segment
                + "&limit=3&stateRepository=#positions&startScheduler=false";
        List<String> seen = new ArrayList<>();

        try (CamelContext first = startContext(store, uri, seen, "user-5")) {
            poll(first);
        }
        assertThat(seen)
                .as("the route failed on user-5; the process stops")
                .containsExactly("user-1", "user-2", "user-3", "user-4");

        runOnce(store, uri, seen, 1);

        assertThat(seen)
                .as("the page of user-4..6 is handed again from user-4's successor; nothing is lost")
                .containsExactlyElementsOf(ConsumerTest.users(1, 9));
    }

    /** Fails the first exchange of the member with this id ("CRM is down"), and lets every other one through. */
    private static Processor failsOnceOn(String id) {
        AtomicBoolean failOnce = new AtomicBoolean(true);
        return exchange -> {
            if (id.equals(item(exchange).get("id")) && failOnce.getAndSet(false)) {
                throw new IllegalStateException("CRM is down");
            }
        };
    }

    /** Starts a separate CamelContext on the same state file (as a restarted process would), polls, stops it. */
    private void runOnce(File store, String uri, List<String> seen, int polls) throws Exception {
        try (CamelContext other = startContext(store, uri, seen, null)) {
            for (int i = 0; i < polls; i++) {
                poll(other);
            }
        }
    }

    private CamelContext startContext(File store, String uri, List<String> seen, String failOn) throws Exception {
        CamelContext other = new DefaultCamelContext();
        configure(other);
        FileStateRepository positions = FileStateRepository.fileStateRepository(store);
        other.getRegistry().bind("positions", positions);
        other.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("consumer").process(exchange -> {
                    Object id = item(exchange).get("id");
                    if (id != null && id.equals(failOn)) {
                        throw new IllegalStateException("route fails on " + id);
                    }
                    Object name = item(exchange).get("name");
                    Object change = exchange.getMessage().getHeader(CustomerIoCustomersConstants.CHANGE);
                    seen.add((change == null ? "" : change + " ") + (name != null ? name : id));
                });
            }
        });
        other.start();
        return other;
    }

    private static void poll(CamelContext other) {
        ((ScheduledPollConsumer) other.getRoute("consumer").getConsumer()).run();
    }
}
