package io.github.camelcustomerio.customers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parameters come from a header, a URI option or (object and array parameters) the message body, in that order of
 * precedence; values of any reasonable type are converted; the operation can be overridden per message.
 */
class ParameterSourcesTest extends WireMockTestSupport {

    static final String PRO_FILTER = "{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\",\"value\":\"pro\"}}";

    @BeforeEach
    void answerEverything() {
        answerEveryRequestWith("{\"ok\":true}");
    }

    @Test
    void uriOptionsSetPathAndQueryParameters() {
        call("customerio-customers:getSegmentMembership?segmentId=7&limit=500&start=MToxOA%3D%3D");

        RequestAssertions.assertUrl(onlyRequest(), "/v1/segments/7/membership?limit=500&start=MToxOA%3D%3D");
    }

    @Test
    void headerWinsOverUriOption() {
        call("customerio-customers:getSegment?segmentId=7", Map.of(CustomerIoCustomersConstants.SEGMENT_ID, 8), null);

        RequestAssertions.assertUrl(onlyRequest(), "/v1/segments/8");
    }

    @Test
    void uriOptionWinsOverBody() {
        call(
                "customerio-customers:getPeopleFilter?filter=" + PRO_FILTER.replace("\"", "%22"),
                Map.of(),
                "{\"segment\":{\"id\":3}}");

        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json("{\"filter\":" + PRO_FILTER + "}"));
    }

    @Test
    void uriOptionCarriesJsonText() {
        call("customerio-customers:createManSegment?segment=RAW({\"name\":\"VIP\"})");

        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json("{\"segment\":{\"name\":\"VIP\"}}"));
    }

    @Test
    void bodyIsTheFilterItselfAsMap() {
        call("customerio-customers:getPeopleFilter", Map.of(), map(PRO_FILTER));

        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json("{\"filter\":" + PRO_FILTER + "}"));
    }

    @Test
    void bodyIsTheWholeRequestAsJsonText() {
        call("customerio-customers:getPeopleFilter?limit=10", Map.of(), "{\"filter\":" + PRO_FILTER + "}");

        RequestAssertions.assertUrl(onlyRequest(), "/v1/customers?limit=10");
        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json("{\"filter\":" + PRO_FILTER + "}"));
    }

    @Test
    void bodyAsBytesAndAsStream() {
        byte[] bytes = PRO_FILTER.getBytes(StandardCharsets.UTF_8);
        call("customerio-customers:getPeopleFilter", Map.of(), bytes);
        call("customerio-customers:getPeopleFilter", Map.of(), new ByteArrayInputStream(bytes));

        assertThat(received())
                .hasSize(2)
                .allSatisfy(request ->
                        assertThat(json(request.getBodyAsString())).isEqualTo(json("{\"filter\":" + PRO_FILTER + "}")));
    }

    @Test
    void bodyIsAPojoSegment() {
        call("customerio-customers:createManSegment", Map.of(), new NewSegment("VIP", "Our best"));

        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"segment\":{\"name\":\"VIP\",\"description\":\"Our best\"}}"));
    }

    public record NewSegment(String name, String description) {}

    @Test
    void bodyIsAListOfIds() {
        call("customerio-customers:getPeopleById", Map.of(), List.of("user-17", 18, "user-19"));

        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json("{\"ids\":[\"user-17\",\"18\",\"user-19\"]}"));
    }

    @Test
    void bodyIsAnArrayOfIds() {
        call("customerio-customers:getPeopleById", Map.of(), new String[] {"a", "b"});

        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json("{\"ids\":[\"a\",\"b\"]}"));
    }

    @Test
    void idsHeaderAsCommaSeparatedText() {
        call(
                "customerio-customers:getPeopleById?idType=email",
                Map.of(CustomerIoCustomersConstants.IDS, "ana@acme.test, bo@acme.test"),
                null);

        RequestAssertions.assertUrl(onlyRequest(), "/v1/customers/attributes?id_type=email");
        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json("{\"ids\":[\"ana@acme.test\",\"bo@acme.test\"]}"));
    }

    @Test
    void idsUriOptionIsCommaSeparated() {
        call("customerio-customers:getPeopleById?ids=user-17,user-18");

        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json("{\"ids\":[\"user-17\",\"user-18\"]}"));
    }

    @Test
    void objectsFilterWholeRequestBodyCarriesTheObjectType() {
        call(
                "customerio-customers:getObjectsFilter",
                Map.of(),
                "{\"object_type_id\":\"1\",\"filter\":{\"object_attribute\":{\"field\":\"plan\",\"operator\":\"exists\","
                        + "\"type_id\":\"1\"}}}");

        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json(
                        "{\"object_type_id\":\"1\",\"filter\":{\"object_attribute\":{\"field\":\"plan\",\"operator\":\"exists\","
                                + "\"type_id\":\"1\"}}}"));
    }

    @Test
    void objectTypeFromUriOptionAndFilterFromBody() {
        call(
                "customerio-customers:getObjectsFilter?objectTypeId=2",
                Map.of(),
                Map.of("object_attribute", Map.of("field", "plan", "operator", "exists", "type_id", "2")));

        assertThat(json(onlyRequest().getBodyAsString()))
                .isEqualTo(json(
                        "{\"object_type_id\":\"2\",\"filter\":{\"object_attribute\":{\"field\":\"plan\",\"operator\":\"exists\","
                                + "\"type_id\":\"2\"}}}"));
    }

    @Test
    void filterHeaderAsJsonTextAndAsPojo() {
        call("customerio-customers:getPeopleFilter", Map.of(CustomerIoCustomersConstants.FILTER, PRO_FILTER), null);
        call(
                "customerio-customers:getPeopleFilter",
                Map.of(CustomerIoCustomersConstants.FILTER, new SegmentFilter(new SegmentRef(7))),
                null);

        assertThat(json(received().get(0).getBodyAsString())).isEqualTo(json("{\"filter\":" + PRO_FILTER + "}"));
        assertThat(json(received().get(1).getBodyAsString())).isEqualTo(json("{\"filter\":{\"segment\":{\"id\":7}}}"));
    }

    public record SegmentRef(int id) {}

    public record SegmentFilter(SegmentRef segment) {}

    @Test
    void headerFilterMeansTheBodyIsNotRead() {
        Exchange exchange = call(
                "customerio-customers:getPeopleFilter",
                Map.of(CustomerIoCustomersConstants.FILTER, PRO_FILTER),
                "this is not JSON at all");

        assertThat(exchange.getException()).isNull();
        assertThat(json(onlyRequest().getBodyAsString())).isEqualTo(json("{\"filter\":" + PRO_FILTER + "}"));
    }

    @Test
    void bodyIsIgnoredByCallsWithoutBodyParameters() {
        Exchange exchange = call("customerio-customers:getSegment?segmentId=7", Map.of(), "leftover body");

        assertThat(exchange.getException()).isNull();
        assertThat(onlyRequest().getBodyAsString()).isEmpty();
    }

    @Test
    void headersTheOperationDoesNotTakeAreIgnored() {
        Exchange exchange = call(
                "customerio-customers:getSegment?segmentId=7",
                Map.of(CustomerIoCustomersConstants.EMAIL, "a@b.c", CustomerIoCustomersConstants.LIMIT, "not a number"),
                null);

        assertThat(exchange.getException()).isNull();
        RequestAssertions.assertUrl(onlyRequest(), "/v1/segments/7");
    }

    @Test
    void numbersArriveAsAnyType() {
        call(
                "customerio-customers:getPersonMessages",
                Map.of(
                        CustomerIoCustomersConstants.CUSTOMER_ID,
                        17,
                        CustomerIoCustomersConstants.LIMIT,
                        "25",
                        CustomerIoCustomersConstants.START_TS,
                        1717000000,
                        CustomerIoCustomersConstants.END_TS,
                        new java.math.BigDecimal("1719000000")),
                null);

        RequestAssertions.assertUrl(
                onlyRequest(), "/v1/customers/17/messages?limit=25&start_ts=1717000000&end_ts=1719000000");
    }

    @Test
    void operationHeaderOverridesTheEndpointOperation() {
        Exchange byName = call(
                "customerio-customers:getSegment?segmentId=7",
                Map.of(CustomerIoCustomersConstants.OPERATION, "getSegmentCount"),
                null);
        Exchange byEnum = call(
                "customerio-customers:getSegment?segmentId=7",
                Map.of(CustomerIoCustomersConstants.OPERATION, CustomerIoOperation.getSegmentDependencies),
                null);

        assertThat(byName.getException()).isNull();
        assertThat(byEnum.getException()).isNull();
        assertThat(received())
                .extracting(r -> r.getUrl())
                .containsExactly("/v1/segments/7/customer_count", "/v1/segments/7/used_by");
    }

    @Test
    void rawJsonHandsOverTheAnswerText() {
        answerEveryRequestWith("{\"segment_id\":7,\"ids\":[],\"identifiers\":[],\"next\":\"abc\"}");

        Exchange exchange = call("customerio-customers:getSegmentMembership?segmentId=7&rawJson=true");

        assertThat(exchange.getMessage().getBody())
                .isEqualTo("{\"segment_id\":7,\"ids\":[],\"identifiers\":[],\"next\":\"abc\"}");
        assertThat(exchange.getMessage().getHeader(CustomerIoCustomersConstants.NEXT))
                .isEqualTo("abc");
    }

    @Test
    void lastPageHasNoNextHeaderEvenIfTheMessageCarriedOne() {
        answerEveryRequestWith("{\"segment_id\":7,\"ids\":[]}");

        Exchange exchange = call(
                "customerio-customers:getSegmentMembership?segmentId=7",
                Map.of(CustomerIoCustomersConstants.NEXT, "stale"),
                null);

        assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(CustomerIoCustomersConstants.NEXT);
    }
}
