package io.github.camelcustomerio.customers;

import java.util.Iterator;
import java.util.Map;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A walk (a consumer, or paginate=true) asks for the largest page the service gives unless the route sets
 * {@code limit}; a plain producer call, one page, leaves the service's default. The limit query sent is exact.
 */
class WalkPageSizeTest extends ConsumerTestSupport {

    private static final Map<String, Object> SEGMENT_7_FILTER = Map.of("filter", Map.of("segment", Map.of("id", 7)));
    private static final Map<String, Object> ACME_FILTER = Map.of(
            "object_type_id",
            "1",
            "filter",
            Map.of(
                    "object_attribute",
                    Map.of("field", "plan", "operator", "eq", "value", "enterprise", "type_id", "1")));

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.demo());
    }

    @ParameterizedTest(name = "{0} consumed asks limit={1}")
    @CsvSource({
        "getSegmentMembership?segmentId=7, 30000",
        "getPersonActivities?customerId=user-17, 100",
        "getPersonMessages?customerId=user-17, 1000",
        "getPersonRelationships?customerId=user-17, 1000",
        "getObjectRelationships?objectTypeId=1&objectId=acme-co, 1000",
    })
    void aConsumerAsksForTheLargestPage(String call, String limit) throws Exception {
        consume("walk", "customerio-customers:" + call);

        poll("walk");

        assertThat(requests()).extracting(r -> r.query().get("limit")).containsOnly(limit);
        assertThat(requests()).extracting(RecordedRequest::status).containsOnly(200);
    }

    @Test
    void aSearchConsumerAsksForTheLargestPage() throws Exception {
        consume("people", "customerio-customers:getPeopleFilter?filter=RAW({\"segment\":{\"id\":7}})");
        consume(
                "objects",
                "customerio-customers:getObjectsFilter?objectTypeId=1&filter=RAW({\"object_attribute\":"
                        + "{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"enterprise\",\"type_id\":\"1\"}})");

        poll("people");
        poll("objects");

        assertThat(requests()).extracting(RecordedRequest::rawQuery).containsExactly("limit=1000", "limit=1000");
        assertThat(requests()).extracting(RecordedRequest::status).containsOnly(200);
    }

    @Test
    void anExplicitLimitWinsOverTheWalkDefault() throws Exception {
        consume("walk", "customerio-customers:getSegmentMembership?segmentId=7&limit=500");

        poll("walk");

        assertThat(requests()).extracting(RecordedRequest::rawQuery).containsExactly("limit=500");
    }

    @Test
    void paginateAsksForTheLargestPage() {
        drain(template.requestBody(
                "customerio-customers:getSegmentMembership?segmentId=7&paginate=true", null, Iterator.class));
        drain(template.requestBody(
                "customerio-customers:getPeopleFilter?paginate=true", SEGMENT_7_FILTER, Iterator.class));
        drain(template.requestBody("customerio-customers:getObjectsFilter?paginate=true", ACME_FILTER, Iterator.class));
        drain(template.requestBody(
                "customerio-customers:getPersonActivities?customerId=user-17&paginate=true", null, Iterator.class));

        assertThat(requests())
                .extracting(RecordedRequest::rawQuery)
                .containsExactly("limit=30000", "limit=1000", "limit=1000", "limit=100");
    }

    @Test
    void paginateTakesTheLimitOfAHeaderOrAnOption() {
        drain(template.requestBodyAndHeader(
                "customerio-customers:getSegmentMembership?segmentId=7&paginate=true",
                null,
                CustomerIoCustomersConstants.LIMIT,
                2,
                Iterator.class));
        drain(template.requestBody(
                "customerio-customers:getPeopleFilter?paginate=true&limit=20", SEGMENT_7_FILTER, Iterator.class));

        assertThat(requests())
                .extracting(RecordedRequest::rawQuery)
                .startsWith("limit=2")
                .endsWith("limit=20");
    }

    @Test
    void aOnePageCallKeepsTheServiceDefaultUnlessLimitIsSet() {
        template.requestBody("customerio-customers:getSegmentMembership?segmentId=7", null, Map.class);
        template.requestBody("customerio-customers:getPeopleFilter", SEGMENT_7_FILTER, Map.class);
        template.requestBody("customerio-customers:getSegmentMembership?segmentId=7&limit=3", null, Map.class);

        assertThat(requests()).extracting(RecordedRequest::rawQuery).containsExactly(null, null, "limit=3");
    }

    private static void drain(Iterator<?> items) {
        items.forEachRemaining(item -> {});
    }
}
