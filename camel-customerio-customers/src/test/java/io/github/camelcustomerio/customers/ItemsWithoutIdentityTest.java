package io.github.camelcustomerio.customers;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Items the service always identifies (an activity's id and timestamp, an object's object_id) may come without: the
 * walks go on past them, each known by a fingerprint of its content, where they failed at every poll with a
 * NullPointerException or a NumberFormatException on the same page for good.
 */
class ItemsWithoutIdentityTest extends WireMockTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getPersonActivities?customerId=user-1&mode=newOnly&emitHistory=true"
                                + "&startScheduler=false")
                        .routeId("activities")
                        .to("mock:activities");
                from("customerio-customers:getObjectsFilter?objectTypeId=1&mode=changes&emitHistory=true"
                                + "&startScheduler=false&filter=RAW({\"object_attribute\":{\"field\":\"plan\","
                                + "\"operator\":\"eq\",\"value\":\"enterprise\",\"type_id\":\"1\"}})")
                        .routeId("objects")
                        .to("mock:objects");
            }
        };
    }

    @Test
    void activitiesWithoutIdOrWithATimeThatIsNotANumberAreHandedAndTheWalkGoesOn() throws Exception {
        server.stubFor(get(urlPathEqualTo("/v1/customers/user-1/activities"))
                .willReturn(okJson("{\"activities\":[{\"type\":\"page\",\"timestamp\":300},"
                        + "{\"id\":\"a2\",\"type\":\"event\",\"timestamp\":\"soon\"},"
                        + "{\"id\":\"a1\",\"type\":\"event\",\"timestamp\":100}]}")));

        poll("activities");
        poll("activities");

        assertThat(bodies("mock:activities"))
                .extracting(activity -> activity.get("type") + "/" + activity.get("id"))
                .as("handed once: the second walk knows them all, the first one by its content")
                .containsExactly("page/null", "event/a2", "event/a1");
    }

    @Test
    void objectsWithoutObjectIdAreMembersKnownByTheirContentWhoCanLeave() throws Exception {
        server.stubFor(post(urlPathEqualTo("/v1/objects"))
                .inScenario("members")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"identifiers\":[{\"cio_object_id\":\"ob1\"},{\"object_id\":\"acme\","
                        + "\"cio_object_id\":\"ob2\"}],\"next\":\"\"}"))
                .willSetStateTo("one left"));
        server.stubFor(post(urlPathEqualTo("/v1/objects"))
                .inScenario("members")
                .whenScenarioStateIs("one left")
                .willReturn(okJson(
                        "{\"identifiers\":[{\"object_id\":\"acme\",\"cio_object_id\":\"ob2\"}]," + "\"next\":\"\"}")));

        poll("objects");
        poll("objects");
        poll("objects");

        assertThat(getMockEndpoint("mock:objects").getExchanges())
                .extracting(exchange -> exchange.getMessage().getHeader(CustomerIoCustomersConstants.CHANGE) + " "
                        + exchange.getMessage().getBody(Map.class))
                .containsExactly(
                        "joined {cio_object_id=ob1}",
                        "joined {object_id=acme, cio_object_id=ob2}",
                        "left {object_id=null, cio_object_id=ob1}");
    }

    private void poll(String route) {
        ((ScheduledPollConsumer) context.getRoute(route).getConsumer()).run();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> bodies(String mock) {
        return getMockEndpoint(mock).getExchanges().stream()
                .map(exchange -> (Map<String, Object>) exchange.getMessage().getBody(Map.class))
                .toList();
    }
}
