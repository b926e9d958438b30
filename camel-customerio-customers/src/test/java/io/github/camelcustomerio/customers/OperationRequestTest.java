package io.github.camelcustomerio.customers;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For each of the 21 operations, with parameters given as headers: the exact request that reaches the service
 * (method, path, query, headers, JSON body, written out here from the API reference) and what the route receives.
 */
class OperationRequestTest extends WireMockTestSupport {

    static final String H = "CamelCustomerioCustomers";

    record Case(
            String operation,
            Map<String, Object> headers,
            String method,
            String url,
            String requestBody,
            int status,
            String answer,
            String next) {

        @Override
        public String toString() {
            return operation;
        }
    }

    static Stream<Case> operations() {
        return Stream.of(
                new Case(
                        "createManSegment",
                        headers(
                                "Segment",
                                Map.of("name", "VIP beta testers", "description", "Hand-picked accounts for the beta")),
                        "POST",
                        "/v1/segments",
                        "{\"segment\":{\"name\":\"VIP beta testers\",\"description\":\"Hand-picked accounts for the beta\"}}",
                        200,
                        "{\"segment\":{\"id\":42,\"name\":\"VIP beta testers\",\"description\":\"Hand-picked accounts"
                                + " for the beta\",\"type\":\"manual\",\"state\":\"finished\",\"progress\":null,\"tags\":null,"
                                + "\"deduplicate_id\":\"42:1718040000\",\"created_at\":1718040000,\"updated_at\":1718040000}}",
                        null),
                new Case(
                        "deleteManSegment",
                        headers("SegmentId", 42),
                        "DELETE",
                        "/v1/segments/42",
                        null,
                        204,
                        null,
                        null),
                new Case(
                        "getChannels",
                        headers(),
                        "GET",
                        "/v1/subscription_channels",
                        null,
                        200,
                        "{\"channels\":[{\"id\":1,\"name\":\"Email\",\"description\":\"Marketing email\","
                                + "\"subscribed_by_default\":true,\"type\":\"email\"}]}",
                        null),
                new Case(
                        "getObjectAttributes",
                        headers("ObjectTypeId", 1, "ObjectId", "acme-co", "IdType", "object_id"),
                        "GET",
                        "/v1/objects/1/acme-co/attributes?id_type=object_id",
                        null,
                        200,
                        "{\"object\":{\"object_type_id\":\"1\",\"identifiers\":{\"cio_object_id\":\"ob0a1b2c\","
                                + "\"id\":\"acme-co\",\"email\":null},\"attributes\":{\"name\":\"Acme Co\",\"seats\":250},"
                                + "\"timestamps\":{\"name\":1717000000}}}",
                        null),
                new Case(
                        "getObjectRelationships",
                        headers("ObjectTypeId", 1, "ObjectId", "acme-co", "Limit", 2),
                        "GET",
                        "/v1/objects/1/acme-co/relationships?limit=2",
                        null,
                        200,
                        "{\"cio_relationships\":[{\"identifiers\":{\"cio_id\":\"a3000001\",\"id\":\"user-17\","
                                + "\"email\":\"ana@acme.test\"},\"object_type_id\":\"1\",\"object_type_disabled\":false}],"
                                + "\"next\":\"MjoxOA==\"}",
                        "MjoxOA=="),
                new Case(
                        "getObjectTypes",
                        headers(),
                        "GET",
                        "/v1/object_types",
                        null,
                        200,
                        "{\"types\":[{\"id\":\"1\",\"name\":\"Companies\",\"singular_name\":\"Company\",\"slug\":"
                                + "\"companies\",\"singular_slug\":\"company\",\"icon\":\"building\",\"enabled\":true}]}",
                        null),
                new Case(
                        "getObjectsFilter",
                        headers(
                                "ObjectTypeId",
                                1,
                                "Filter",
                                Map.of(
                                        "object_attribute",
                                        Map.of(
                                                "field",
                                                "plan",
                                                "operator",
                                                "eq",
                                                "value",
                                                "enterprise",
                                                "type_id",
                                                "1"))),
                        "POST",
                        "/v1/objects",
                        "{\"object_type_id\":\"1\",\"filter\":{\"object_attribute\":{\"field\":\"plan\",\"operator\":\"eq\","
                                + "\"value\":\"enterprise\",\"type_id\":\"1\"}}}",
                        200,
                        "{\"identifiers\":[{\"object_id\":\"acme-co\",\"cio_object_id\":\"ob0a1b2c\"}],\"ids\":[\"acme-co\"],"
                                + "\"next\":\"\"}",
                        ""),
                new Case(
                        "getPeopleById",
                        headers("IdType", "id", "Ids", List.of("user-17", "user-18")),
                        "POST",
                        "/v1/customers/attributes?id_type=id",
                        "{\"ids\":[\"user-17\",\"user-18\"]}",
                        200,
                        "{\"customers\":[{\"customer\":{\"id\":\"user-17\",\"identifiers\":{\"id\":\"user-17\","
                                + "\"email\":\"ana@acme.test\",\"cio_id\":\"a3000001\"},\"attributes\":{\"id\":\"user-17\"},"
                                + "\"devices\":[],\"unsubscribed\":false,\"timestamps\":{\"id\":1700000000}}}]}",
                        null),
                new Case(
                        "getPeopleEmail",
                        headers("Email", "ana@acme.test"),
                        "GET",
                        "/v1/customers?email=ana%40acme.test",
                        null,
                        200,
                        "{\"results\":[{\"cio_id\":\"a3000001\",\"id\":\"user-17\",\"email\":\"ana@acme.test\"}]}",
                        null),
                new Case(
                        "getPeopleFilter",
                        headers(
                                "Limit",
                                2,
                                "Filter",
                                Map.of(
                                        "or",
                                        List.of(
                                                Map.of("segment", Map.of("id", 7)),
                                                Map.of(
                                                        "attribute",
                                                        Map.of("field", "plan", "operator", "eq", "value", "pro"))))),
                        "POST",
                        "/v1/customers?limit=2",
                        "{\"filter\":{\"or\":[{\"segment\":{\"id\":7}},{\"attribute\":{\"field\":\"plan\",\"operator\":\"eq\","
                                + "\"value\":\"pro\"}}]}}",
                        200,
                        "{\"identifiers\":[{\"id\":\"user-17\",\"email\":\"ana@acme.test\",\"cio_id\":\"a3000001\"}],"
                                + "\"ids\":[\"user-17\"],\"next\":\"MDoy\"}",
                        "MDoy"),
                new Case(
                        "getPersonActivities",
                        headers(
                                "CustomerId",
                                "user-17",
                                "Type",
                                "attribute_change",
                                "Limit",
                                1,
                                "Name",
                                "plan",
                                "IdType",
                                "id",
                                "Start",
                                "MDox"),
                        "GET",
                        "/v1/customers/user-17/activities?type=attribute_change&limit=1&name=plan&id_type=id&start=MDox",
                        null,
                        200,
                        "{\"activities\":[{\"id\":\"01HZX3K9Q2V7M8N4P5R6S7T8UV\",\"type\":\"attribute_change\","
                                + "\"timestamp\":1718001234,\"customer_id\":\"user-17\",\"data\":{\"plan\":{\"from\":\"basic\","
                                + "\"to\":\"pro\"}}}]}",
                        null),
                new Case(
                        "getPersonAttributes",
                        headers("CustomerId", "ana@acme.test", "IdType", "email"),
                        "GET",
                        "/v1/customers/ana%40acme.test/attributes?id_type=email",
                        null,
                        200,
                        "{\"customer\":{\"id\":\"user-17\",\"attributes\":{\"plan\":\"pro\"},\"devices\":[],"
                                + "\"unsubscribed\":false}}",
                        null),
                new Case(
                        "getPersonMessages",
                        headers("CustomerId", "user-17", "Limit", 1, "StartTs", 1717000000L, "EndTs", 1719000000L),
                        "GET",
                        "/v1/customers/user-17/messages?limit=1&start_ts=1717000000&end_ts=1719000000",
                        null,
                        200,
                        "{\"messages\":[{\"id\":\"dgOeBgEAAYw2xN8yAAGQ9lQzW3k=\",\"campaign_id\":12,\"created\":1718002000,"
                                + "\"type\":\"email\",\"metrics\":{\"sent\":1718002003,\"delivered\":1718002010}}],\"next\":\"bTox\"}",
                        "bTox"),
                new Case(
                        "getPersonRelationships",
                        headers("CustomerId", "user-17"),
                        "GET",
                        "/v1/customers/user-17/relationships",
                        null,
                        200,
                        "{\"cio_relationships\":[{\"object_type_id\":1,\"identifiers\":{\"object_id\":\"acme-co\","
                                + "\"cio_object_id\":\"ob0a1b2c\"},\"attributes\":{\"role\":\"admin\"},\"timestamps\":"
                                + "{\"role\":1717600000}}],\"next\":\"\"}",
                        ""),
                new Case(
                        "getPersonSegments",
                        headers("CustomerId", "user-17", "IdType", "cio_id"),
                        "GET",
                        "/v1/customers/user-17/segments?id_type=cio_id",
                        null,
                        200,
                        "{\"segments\":[{\"id\":7,\"name\":\"Pro plan\",\"description\":\"Paying pro customers\"}]}",
                        null),
                new Case(
                        "getPersonSubscriptionPreferences",
                        headers("CustomerId", "user-17", "Language", "fr", "AcceptLanguage", "fr-FR"),
                        "GET",
                        "/v1/customers/user-17/subscription_preferences?language=fr",
                        null,
                        200,
                        "{\"customer\":{\"id\":\"user-17\",\"unsubscribed\":false,\"header\":{\"title\":\"Vos préférences\","
                                + "\"subtitle\":\"Choisissez vos sujets\"},\"topics\":[{\"id\":\"1\",\"name\":\"Offres\","
                                + "\"description\":\"Promotions\",\"subscribed\":true}]}}",
                        null),
                new Case(
                        "getSegment",
                        headers("SegmentId", 7),
                        "GET",
                        "/v1/segments/7",
                        null,
                        200,
                        "{\"segment\":{\"id\":7,\"name\":\"Pro plan\",\"type\":\"dynamic\",\"tags\":[\"billing\"]}}",
                        null),
                new Case(
                        "getSegmentCount",
                        headers("SegmentId", "7"),
                        "GET",
                        "/v1/segments/7/customer_count",
                        null,
                        200,
                        "{\"segment_id\":7,\"count\":1284}",
                        null),
                new Case(
                        "getSegmentDependencies",
                        headers("SegmentId", 7L),
                        "GET",
                        "/v1/segments/7/used_by",
                        null,
                        200,
                        "{\"segment_id\":7,\"used_by\":{\"campaigns\":[12,15],\"sent_newsletters\":[3],"
                                + "\"draft_newsletters\":[]}}",
                        null),
                new Case(
                        "getSegmentMembership",
                        headers("SegmentId", 7, "Limit", 2),
                        "GET",
                        "/v1/segments/7/membership?limit=2",
                        null,
                        200,
                        "{\"segment_id\":7,\"ids\":[\"user-17\",\"user-18\"],\"identifiers\":[{\"id\":\"user-17\","
                                + "\"email\":\"ana@acme.test\",\"cio_id\":\"a3000001\"},{\"id\":\"user-18\",\"email\":null,"
                                + "\"cio_id\":\"a3000002\"}],\"next\":\"MToxOA==\"}",
                        "MToxOA=="),
                new Case(
                        "getSubscriptionCenterToken",
                        headers("CustomerId", "ana@acme.test"),
                        "GET",
                        "/v1/subscription_center/ana%40acme.test/token",
                        null,
                        200,
                        "{\"token\":\"eyJ0eXAi.eyJjaWQi.c2ln\",\"url\":\"https://track.customer.io/u/i/eyJ0eXAi.eyJjaWQi.c2ln/\"}",
                        null));
    }

    /** Header names without the common prefix, paired with values. */
    static Map<String, Object> headers(Object... pairs) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(H + pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    @Test
    void everyOperationHasACase() {
        assertThat(operations().map(Case::operation))
                .containsExactlyInAnyOrder(Arrays.stream(CustomerIoOperation.values())
                        .map(Enum::name)
                        .toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void sendsTheDocumentedRequestAndReturnsTheAnswer(Case c) {
        server.stubFor(any(anyUrl())
                .willReturn(
                        c.answer() == null
                                ? aResponse().withStatus(c.status())
                                : aResponse()
                                        .withStatus(c.status())
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(c.answer())));

        Exchange exchange = call("customerio-customers:" + c.operation(), c.headers(), null);

        assertThat(exchange.getException()).isNull();
        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo(c.method());
        RequestAssertions.assertUrl(request, c.url());
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(request.getHeader("User-Agent")).startsWith("camel-customerio-customers/");
        if (c.requestBody() == null) {
            assertThat(request.getBodyAsString()).isEmpty();
            assertThat(request.containsHeader("Content-Type")).isFalse();
        } else {
            assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
            assertThat(json(request.getBodyAsString())).isEqualTo(json(c.requestBody()));
        }
        if (c.operation().equals("getPersonSubscriptionPreferences")) {
            assertThat(request.getHeader("Accept-Language")).isEqualTo("fr-FR");
        } else {
            assertThat(request.containsHeader("Accept-Language")).isFalse();
        }

        Object body = exchange.getMessage().getBody();
        if (c.answer() == null) {
            assertThat(body).isNull();
        } else {
            assertThat(body).isInstanceOf(Map.class).isEqualTo(map(c.answer()));
        }
        assertThat(exchange.getMessage().getHeader(CustomerIoCustomersConstants.NEXT))
                .isEqualTo(c.next());
    }
}
