package io.github.camelcustomerio.customers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.CustomerIoParameterException;
import io.github.camelcustomerio.customers.simulator.filter.PeopleFilter;
import io.github.camelcustomerio.customers.simulator.model.Activity;
import io.github.camelcustomerio.customers.simulator.model.CustomerObject;
import io.github.camelcustomerio.customers.simulator.model.Message;
import io.github.camelcustomerio.customers.simulator.model.ObjectType;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consumer streams every paged operation into the route, item by item or page by page. */
class ConsumerTest extends ConsumerTestSupport {

    static List<String> users(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "user-" + i).toList();
    }

    @Test
    void segmentMembershipHandsEveryMemberOnceWithHeadersAndBatchPerPage() throws Exception {
        int segment = manualSegmentOf(7);
        MockEndpoint members =
                consume("members", "customerio-customers:getSegmentMembership?segmentId=" + segment + "&limit=3");

        poll("members");

        List<Exchange> received = members.getReceivedExchanges();
        assertThat(ids(received)).containsExactlyElementsOf(users(1, 7));
        assertThat(item(received.get(0)))
                .containsOnlyKeys("id", "email", "cio_id")
                .containsEntry("email", "user1@example.com")
                .containsEntry("cio_id", "c00001");
        Exchange first = received.get(0);
        assertThat(first.getMessage().getHeader(CustomerIoCustomersConstants.POLLED_OPERATION))
                .isEqualTo(CustomerIoOperation.getSegmentMembership);
        assertThat(first.getMessage().getHeader(CustomerIoCustomersConstants.SEGMENT_ID))
                .isEqualTo(segment);
        assertThat(first.getMessage().getHeader(CustomerIoCustomersConstants.PAGE_CURSOR))
                .isNull();
        assertThat(first.getMessage().getHeader(CustomerIoCustomersConstants.OPERATION))
                .isNull();
        String secondPage = first.getMessage().getHeader(CustomerIoCustomersConstants.NEXT, String.class);
        assertThat(received.get(3).getMessage().getHeader(CustomerIoCustomersConstants.PAGE_CURSOR))
                .isEqualTo(secondPage);
        assertThat(received)
                .extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_SIZE))
                .containsExactly(3, 3, 3, 3, 3, 3, 1);
    }

    /**
     * The headers are put in an exchange's message only when the route first looks at them: the route sees them in
     * place (no copy in between), each exchange has its own, and what the route removes or replaces stays so.
     */
    @Test
    void eachItemCarriesItsOwnHeadersThatTheRouteMayChange() throws Exception {
        int segment = manualSegmentOf(4);
        List<Map<String, Object>> seen = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?startScheduler=false&limit=4&segmentId=" + segment)
                        .routeId("headers")
                        .process(exchange -> {
                            var message = exchange.getMessage();
                            switch (exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class)) {
                                case 0 -> message.removeHeader(CustomerIoCustomersConstants.SEGMENT_ID);
                                case 1 -> message.setHeaders(new HashMap<>(Map.of("mine", "only")));
                                case 2 -> message.setHeader(CustomerIoCustomersConstants.SEGMENT_ID, "changed");
                                default -> {}
                            }
                            seen.add(new TreeMap<>(message.getHeaders()));
                        });
            }
        });

        poll("headers");

        Map<String, Object> untouched = new HashMap<>();
        untouched.put(CustomerIoCustomersConstants.POLLED_OPERATION, CustomerIoOperation.getSegmentMembership);
        untouched.put(CustomerIoCustomersConstants.SEGMENT_ID, segment);
        // the only page: the first (no cursor), and the service says "" for the page after the last
        untouched.put(CustomerIoCustomersConstants.PAGE_CURSOR, null);
        untouched.put(CustomerIoCustomersConstants.NEXT, "");
        Map<String, Object> withoutSegment = new HashMap<>(untouched);
        withoutSegment.remove(CustomerIoCustomersConstants.SEGMENT_ID);
        Map<String, Object> changed = new HashMap<>(untouched);
        changed.put(CustomerIoCustomersConstants.SEGMENT_ID, "changed");
        assertThat(seen).containsExactly(withoutSegment, Map.of("mine", "only"), changed, untouched);
    }

    @Test
    void batchPropertiesDescribeThePage() throws Exception {
        int segment = manualSegmentOf(5);
        MockEndpoint members =
                consume("members", "customerio-customers:getSegmentMembership?segmentId=" + segment + "&limit=3");

        poll("members");

        List<Exchange> received = members.getReceivedExchanges();
        assertThat(received)
                .extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_SIZE))
                .containsExactly(3, 3, 3, 2, 2);
        assertThat(received)
                .extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_INDEX))
                .containsExactly(0, 1, 2, 0, 1);
        assertThat(received)
                .extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))
                .containsExactly(false, false, true, false, true);
        assertThat(requests()).extracting(r -> r.rawQuery()).hasSize(2).first().isEqualTo("limit=3");
    }

    @Test
    void eachSnapshotWalkHandsEveryCurrentMember() throws Exception {
        int segment = manualSegmentOf(3);
        MockEndpoint members = consume("members", "customerio-customers:getSegmentMembership?segmentId=" + segment);

        poll("members");
        workspace().removeFromSegment(segment, "user-2");
        poll("members");

        assertThat(ids(members)).containsExactly("user-1", "user-2", "user-3", "user-1", "user-3");
    }

    @Test
    void exchangePerPageHandsTheItemsAsAList() throws Exception {
        int segment = manualSegmentOf(5);
        MockEndpoint pages = consume(
                "pages",
                "customerio-customers:getSegmentMembership?segmentId=" + segment + "&limit=2&exchangePerPage=true");

        poll("pages");

        List<Exchange> received = pages.getReceivedExchanges();
        assertThat(received).hasSize(3);
        assertThat(received)
                .extracting(e -> ((List<?>) e.getMessage().getBody()).size())
                .containsExactly(2, 2, 1);
        assertThat(received.get(0).getMessage().getHeader(CustomerIoCustomersConstants.NEXT))
                .isNotNull();
        assertThat(received.get(1).getMessage().getHeader(CustomerIoCustomersConstants.PAGE_CURSOR))
                .isEqualTo(received.get(0).getMessage().getHeader(CustomerIoCustomersConstants.NEXT));
        assertThat(received.get(2).getMessage().getHeader(CustomerIoCustomersConstants.NEXT, String.class))
                .isNullOrEmpty();
    }

    @Test
    void maxMessagesPerPollBoundsAPollAndTheNextContinues() throws Exception {
        int segment = manualSegmentOf(10);
        MockEndpoint members = consume(
                "members",
                "customerio-customers:getSegmentMembership?segmentId=" + segment + "&limit=4&maxMessagesPerPoll=3");

        poll("members");
        assertThat(ids(members)).containsExactlyElementsOf(users(1, 3));
        poll("members");
        assertThat(ids(members)).containsExactlyElementsOf(users(1, 6));
        poll("members");
        poll("members");
        assertThat(ids(members)).containsExactlyElementsOf(users(1, 10));
        assertThat(requests()).as("each page fetched once").hasSize(3);

        poll("members");
        assertThat(ids(members))
                .as("a new walk starts after the last one completed")
                .containsExactlyElementsOf(java.util.stream.Stream.concat(users(1, 10).stream(), users(1, 3).stream())
                        .toList());
    }

    @Test
    void greedyPollingWalksOnWithoutWaitingForTheDelay() throws Exception {
        int segment = manualSegmentOf(9);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=" + segment
                                + "&limit=2&maxMessagesPerPoll=2&greedy=true&delay=60000&initialDelay=0")
                        .routeId("greedy")
                        .to("mock:greedy");
            }
        });
        MockEndpoint greedy = getMockEndpoint("mock:greedy");

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .until(() -> greedy.getReceivedCounter() >= 9);
        assertThat(ids(greedy))
                .as("five polls of two, back to back, well within the 60 s delay; the next walk waits")
                .containsExactlyElementsOf(users(1, 9));
        assertThat(requests()).hasSize(5);
    }

    @Test
    void peopleFilterSearchIsConsumable() throws Exception {
        manualSegmentOf(4);
        workspace().setPersonAttribute("user-2", "plan", "pro");
        workspace().setPersonAttribute("user-4", "plan", "pro");
        MockEndpoint people = consume(
                "people",
                "customerio-customers:getPeopleFilter?limit=1&filter="
                        + "RAW({\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"pro\"}})");

        poll("people");

        assertThat(ids(people)).containsExactly("user-2", "user-4");
        assertThat(requests())
                .allSatisfy(r -> assertThat(r.method()).isEqualTo("POST"))
                .hasSize(2);
    }

    @Test
    void objectsFilterSearchIsConsumable() throws Exception {
        workspace().putObjectType(new ObjectType(5, "Teams", "Team", "teams", "team", "users", true));
        for (String id : List.of("red", "green", "blue")) {
            workspace().putObject(CustomerObject.of(5, id, Map.of("colour", id)));
        }
        MockEndpoint objects = consume(
                "objects",
                "customerio-customers:getObjectsFilter?objectTypeId=5&limit=2&filter="
                        + "RAW({\"object_attribute\":{\"field\":\"colour\",\"operator\":\"exists\",\"type_id\":\"5\"}})");

        poll("objects");

        assertThat(objects.getReceivedExchanges())
                .extracting(e -> item(e).get("object_id"))
                .containsExactlyInAnyOrder("red", "green", "blue");
        assertThat(objects.getReceivedExchanges()
                        .get(0)
                        .getMessage()
                        .getHeader(CustomerIoCustomersConstants.OBJECT_TYPE_ID))
                .isEqualTo(5);
    }

    @Test
    void relationshipsAreConsumableBothWays() throws Exception {
        manualSegmentOf(3);
        workspace().putObjectType(new ObjectType(1, "Companies", "Company", "companies", "company", "building", true));
        workspace().putObject(CustomerObject.of(1, "acme", Map.of("name", "Acme")));
        workspace().putObject(CustomerObject.of(1, "globex", Map.of("name", "Globex")));
        workspace().relate("user-1", 1, "acme", Map.of("role", "admin"));
        workspace().relate("user-1", 1, "globex", Map.of("role", "viewer"));
        workspace().relate("user-3", 1, "acme", Map.of());
        MockEndpoint ofPerson =
                consume("ofPerson", "customerio-customers:getPersonRelationships?customerId=user-1&limit=1");
        MockEndpoint ofObject =
                consume("ofObject", "customerio-customers:getObjectRelationships?objectTypeId=1&objectId=acme&limit=1");

        poll("ofPerson");
        poll("ofObject");

        assertThat(ofPerson.getReceivedExchanges())
                .extracting(e -> (Object) ((Map<?, ?>) item(e).get("identifiers")).get("object_id"))
                .containsExactlyInAnyOrder("acme", "globex");
        assertThat(ofPerson.getReceivedExchanges()
                        .get(0)
                        .getMessage()
                        .getHeader(CustomerIoCustomersConstants.CUSTOMER_ID))
                .isEqualTo("user-1");
        assertThat(ofObject.getReceivedExchanges())
                .extracting(e -> (Object) ((Map<?, ?>) item(e).get("identifiers")).get("id"))
                .containsExactlyInAnyOrder("user-1", "user-3");
        assertThat(ofObject.getReceivedExchanges()
                        .get(0)
                        .getMessage()
                        .getHeader(CustomerIoCustomersConstants.OBJECT_ID))
                .isEqualTo("acme");
    }

    @Test
    void messagesAreConsumedNewestFirst() throws Exception {
        addPerson(1);
        workspace().addMessage("user-1", Message.email(1, 1, "first").at(1_700_000_100L));
        workspace().addMessage("user-1", Message.email(1, 2, "second").at(1_700_000_200L));
        MockEndpoint messages =
                consume("messages", "customerio-customers:getPersonMessages?customerId=user-1&emitHistory=true");

        poll("messages");

        assertThat(messages.getReceivedExchanges())
                .extracting(e -> item(e).get("subject"))
                .containsExactly("second", "first");
    }

    @Test
    void activitiesDefaultToNewOnly() throws Exception {
        addPerson(1);
        workspace().addActivity("user-1", Activity.event("old").at(1_700_000_000L));
        MockEndpoint activities = consume("activities", "customerio-customers:getPersonActivities?customerId=user-1");

        poll("activities");
        assertThat(activities.getReceivedExchanges())
                .as("the first poll only learns where now is")
                .isEmpty();

        workspace().addActivity("user-1", Activity.event("signed_up").at(1_700_000_100L));
        workspace().addActivity("user-1", Activity.event("purchase").at(1_700_000_200L));
        poll("activities");
        poll("activities");

        assertThat(activities.getReceivedExchanges())
                .extracting(e -> item(e).get("name"))
                .containsExactly("purchase", "signed_up");
    }

    @Test
    void operationThatDoesNotPageCannotBeConsumed() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("customerio-customers:getSegment?segmentId=7").to("mock:never");
                    }
                }))
                .satisfies(e -> assertThat(rootCause(e))
                        .hasMessage(
                                "getSegment cannot be consumed: it does not page. Consumable operations: getObjectRelationships,"
                                        + " getObjectsFilter, getPeopleFilter, getPersonActivities, getPersonMessages,"
                                        + " getPersonRelationships, getSegmentMembership"));
    }

    @Test
    void missingParameterFailsRouteStart() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("customerio-customers:getSegmentMembership").to("mock:never");
                    }
                }))
                .satisfies(e -> assertThat(rootCause(e))
                        .isInstanceOf(CustomerIoParameterException.class)
                        .hasMessage("getSegmentMembership needs segmentId (URI option segmentId or header"
                                + " CamelCustomerioCustomersSegmentId)"));
    }

    @Test
    void modeMustFitTheOperation() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("customerio-customers:getPersonActivities?customerId=u&mode=changes")
                                .to("mock:never");
                    }
                }))
                .satisfies(
                        e -> assertThat(rootCause(e))
                                .hasMessage(
                                        "mode=changes needs members to compare: use it with"
                                                + " getSegmentMembership, getPeopleFilter or getObjectsFilter, not getPersonActivities"));
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("customerio-customers:getSegmentMembership?segmentId=1&mode=newOnly")
                                .to("mock:never");
                    }
                }))
                .satisfies(e -> assertThat(rootCause(e))
                        .hasMessage("mode=newOnly needs items ordered by time: use it with"
                                + " getPersonActivities or getPersonMessages, not getSegmentMembership"));
    }

    /** Route start failures arrive wrapped or not depending on where Camel caught them. */
    static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void dynamicSegmentMembershipFollowsItsFilter() throws Exception {
        manualSegmentOf(3);
        workspace().setPersonAttribute("user-3", "plan", "pro");
        int dynamic = workspace()
                .createDynamicSegment(
                        "pro",
                        "",
                        new PeopleFilter.Attribute(
                                "plan", io.github.camelcustomerio.customers.simulator.filter.FilterOperator.EQ, "pro"))
                .id();
        MockEndpoint members = consume("members", "customerio-customers:getSegmentMembership?segmentId=" + dynamic);

        poll("members");

        assertThat(ids(members)).containsExactly("user-3");
    }
}
