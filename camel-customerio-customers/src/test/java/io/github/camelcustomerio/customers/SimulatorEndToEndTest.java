package io.github.camelcustomerio.customers;

import java.util.List;
import java.util.Map;

import io.github.camelcustomerio.customers.api.CustomerIoApiError;
import io.github.camelcustomerio.customers.api.CustomerIoApiException;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.CUSTOMER_ID;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.ID_TYPE;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.SEGMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of the component against the simulator's demo workspace, as a user's route would call it. */
class SimulatorEndToEndTest extends SimulatorTestSupport {

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.demo());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String uri, Map<String, Object> headers, Object body) {
        Exchange exchange = template.send("customerio-customers:" + uri, e -> {
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
            e.getMessage().setBody(body);
        });
        assertThat(exchange.getException()).as(uri).isNull();
        return exchange.getMessage().getBody(Map.class);
    }

    private Map<String, Object> call(String uri) {
        return call(uri, Map.of(), null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> map, String... path) {
        Object value = map;
        for (String step : path) {
            value = value instanceof List<?> list
                    ? list.get(Integer.parseInt(step))
                    : ((Map<String, Object>) value).get(step);
        }
        return (T) value;
    }

    @Test
    void segmentLifecycle() {
        Map<String, Object> created =
                call("createManSegment", Map.of(), Map.of("name", "E2E", "description", "made by a test"));
        int id = at(created, "segment", "id");
        assertThat(at(created, "segment", "type").toString()).isEqualTo("manual");

        assertThat(at(call("getSegment", Map.of(SEGMENT_ID, id), null), "segment", "name")
                        .toString())
                .isEqualTo("E2E");
        assertThat(call("deleteManSegment", Map.of(SEGMENT_ID, id), null)).isNull();

        Exchange gone = template.send(
                "customerio-customers:getSegment", e -> e.getMessage().setHeader(SEGMENT_ID, id));
        assertThat(gone.getException()).isInstanceOf(CustomerIoApiException.class);
        CustomerIoApiException notFound = gone.getException(CustomerIoApiException.class);
        assertThat(notFound.getStatusCode()).isEqualTo(404);
        assertThat(notFound.getErrors()).isNotEmpty();
        assertThat(workspace().segment(id)).isEmpty();
    }

    @Test
    void segmentReads() {
        assertThat(at(call("getSegment?segmentId=7"), "segment", "name").toString())
                .isEqualTo("Pro plan");
        Map<String, Object> members = call("getSegmentMembership?segmentId=7&limit=1000");
        List<String> ids = at(members, "ids");
        assertThat(ids).contains("user-17", "user-18");
        assertThat(at(call("getSegmentCount?segmentId=7"), "count").toString()).isEqualTo(String.valueOf(ids.size()));
        assertThat(at(call("getSegmentDependencies?segmentId=7"), "used_by", "campaigns")
                        .toString())
                .isEqualTo("[12, 15]");
    }

    @Test
    void peopleLookups() {
        assertThat(at(call("getPeopleEmail?email=ana@acme.test"), "results", "0", "id")
                        .toString())
                .isEqualTo("user-17");
        Map<String, Object> byId = call("getPeopleById?idType=id", Map.of(), List.of("user-18", "user-17"));
        assertThat(at(byId, "customers", "0", "customer", "id").toString()).isEqualTo("user-18");
        assertThat(at(byId, "customers", "1", "customer", "identifiers", "email")
                        .toString())
                .isEqualTo("ana@acme.test");
        Map<String, Object> found = call(
                "getPeopleFilter?limit=10",
                Map.of(),
                "{\"and\":[{\"segment\":{\"id\":42}},{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"pro\"}}]}");
        assertThat(at(found, "ids").toString()).contains("user-17");
    }

    @Test
    void personDetails() {
        Map<String, Object> attributes =
                call("getPersonAttributes?idType=email", Map.of(CUSTOMER_ID, "ana@acme.test"), null);
        assertThat(at(attributes, "customer", "id").toString()).isEqualTo("user-17");
        assertThat(at(attributes, "customer", "attributes", "plan").toString()).isEqualTo("pro");

        Map<String, Object> byPhone =
                call("getPersonAttributes", Map.of(CUSTOMER_ID, "+14155552671", ID_TYPE, "phone"), null);
        assertThat(at(byPhone, "customer", "id").toString())
                .as("a + survives the trip as %2B")
                .isEqualTo("user-19");

        assertThat((List<?>) at(call("getPersonActivities?customerId=user-17&limit=100"), "activities"))
                .hasSize(7);
        assertThat((List<?>) at(call("getPersonMessages?customerId=user-17"), "messages"))
                .hasSize(3);
        assertThat(at(call("getPersonRelationships?customerId=user-17"), "cio_relationships")
                        .toString())
                .contains("acme-co");
        assertThat(at(call("getPersonSegments?customerId=user-17"), "segments").toString())
                .contains("VIP beta testers");
        Map<String, Object> french = call("getPersonSubscriptionPreferences?customerId=user-17&acceptLanguage=fr-FR");
        assertThat(at(french, "customer", "header", "title").toString()).isEqualTo("Vos préférences");
    }

    @Test
    void subscriptionCenterToken() {
        Map<String, Object> token = call("getSubscriptionCenterToken", Map.of(CUSTOMER_ID, "ana@acme.test"), null);

        assertThat(at(token, "url").toString()).startsWith("https://track.customer.io/u/i/");
        assertThat(simulator.verifySubscriptionCenterToken(at(token, "token"))).contains("a3000001");
    }

    @Test
    void objectsAndChannels() {
        assertThat(at(call("getObjectTypes"), "types", "0", "name").toString()).isEqualTo("Companies");
        assertThat(at(call("getObjectAttributes?objectTypeId=1&objectId=acme-co"), "object", "attributes", "plan")
                        .toString())
                .isEqualTo("enterprise");
        assertThat(at(call("getObjectRelationships?objectTypeId=1&objectId=acme-co"), "cio_relationships")
                        .toString())
                .contains("user-17");
        Map<String, Object> enterprise = call(
                "getObjectsFilter?objectTypeId=1",
                Map.of(),
                Map.of(
                        "object_attribute",
                        Map.of("field", "plan", "operator", "eq", "value", "enterprise", "type_id", "1")));
        List<String> ids = at(enterprise, "ids");
        assertThat(ids)
                .contains("acme-co")
                .allSatisfy(
                        id -> assertThat(workspace().object(1, id).orElseThrow().attributes())
                                .containsEntry("plan", "enterprise"));
        assertThat(at(call("getChannels"), "channels").toString()).contains("Email", "SMS");
    }

    @Test
    void serviceErrorsArriveTyped() {
        Exchange wrongKey = template.send("customerio-customers:getChannels?apiKey=not-the-key", e -> {});
        assertThat(wrongKey.getException(CustomerIoApiException.class).getStatusCode())
                .isEqualTo(401);
        assertThat(wrongKey.getException().getMessage()).doesNotContain("not-the-key");

        Exchange badLanguage = template.send(
                "customerio-customers:getPersonSubscriptionPreferences?customerId=user-17" + "&language=!!", e -> {});
        CustomerIoApiException error = badLanguage.getException(CustomerIoApiException.class);
        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getErrors()).isNotEmpty();

        Exchange unknownToken =
                template.send("customerio-customers:getSubscriptionCenterToken?customerId=nobody", e -> {});
        assertThat(unknownToken.getException(CustomerIoApiException.class).getErrors())
                .extracting(CustomerIoApiError::detail)
                .containsExactly("customer not found");
    }
}
