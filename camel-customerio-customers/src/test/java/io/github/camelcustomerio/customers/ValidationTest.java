package io.github.camelcustomerio.customers;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camelcustomerio.customers.api.ApiParameter;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.CustomerIoParameterException;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.CUSTOMER_ID;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.FILTER;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.IDS;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.ID_TYPE;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.LIMIT;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.OBJECT_ID;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.OBJECT_TYPE_ID;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.SEGMENT;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.SEGMENT_ID;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.START_TS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input fails before any HTTP call, with a message naming the parameter, its URI option and its header, and
 * the message keeps its body.
 */
class ValidationTest extends WireMockTestSupport {

    @AfterEach
    void nothingWasSent() {
        assertThat(received()).as("requests that reached the server").isEmpty();
    }

    static Stream<Arguments> missingRequiredParameters() {
        return Stream.of(
                Arguments.of(
                        "createManSegment",
                        Map.of(),
                        "createManSegment needs segment (URI option segment, header CamelCustomerioCustomersSegment or the message body)"),
                Arguments.of(
                        "deleteManSegment",
                        Map.of(),
                        "deleteManSegment needs segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId)"),
                Arguments.of(
                        "getObjectAttributes",
                        Map.of(OBJECT_ID, "acme"),
                        "getObjectAttributes needs objectTypeId (URI option objectTypeId or header CamelCustomerioCustomersObjectTypeId)"),
                Arguments.of(
                        "getObjectAttributes",
                        Map.of(OBJECT_TYPE_ID, 1),
                        "getObjectAttributes needs objectId (URI option objectId or header CamelCustomerioCustomersObjectId)"),
                Arguments.of(
                        "getObjectRelationships",
                        Map.of(OBJECT_TYPE_ID, 1),
                        "getObjectRelationships needs objectId (URI option objectId or header CamelCustomerioCustomersObjectId)"),
                Arguments.of(
                        "getObjectsFilter",
                        Map.of(FILTER, "{\"object_attribute\":{}}"),
                        "getObjectsFilter needs objectTypeId (URI option objectTypeId or header CamelCustomerioCustomersObjectTypeId)"),
                Arguments.of(
                        "getObjectsFilter",
                        Map.of(OBJECT_TYPE_ID, 1),
                        "getObjectsFilter needs filter (URI option filter, header CamelCustomerioCustomersFilter or the message body)"),
                Arguments.of(
                        "getPeopleById",
                        Map.of(),
                        "getPeopleById needs ids (URI option ids, header CamelCustomerioCustomersIds or the message body)"),
                Arguments.of(
                        "getPeopleEmail",
                        Map.of(),
                        "getPeopleEmail needs email (URI option email or header CamelCustomerioCustomersEmail)"),
                Arguments.of(
                        "getPeopleFilter",
                        Map.of(),
                        "getPeopleFilter needs filter (URI option filter, header CamelCustomerioCustomersFilter or the message body)"),
                Arguments.of(
                        "getPersonActivities",
                        Map.of(),
                        "getPersonActivities needs customerId (URI option customerId or header CamelCustomerioCustomersCustomerId)"),
                Arguments.of(
                        "getPersonAttributes",
                        Map.of(CUSTOMER_ID, "  "),
                        "getPersonAttributes needs customerId (URI option customerId or header CamelCustomerioCustomersCustomerId)"),
                Arguments.of(
                        "getPersonMessages",
                        Map.of(),
                        "getPersonMessages needs customerId (URI option customerId or header CamelCustomerioCustomersCustomerId)"),
                Arguments.of(
                        "getPersonRelationships",
                        Map.of(),
                        "getPersonRelationships needs customerId (URI option customerId or header CamelCustomerioCustomersCustomerId)"),
                Arguments.of(
                        "getPersonSegments",
                        Map.of(),
                        "getPersonSegments needs customerId (URI option customerId or header CamelCustomerioCustomersCustomerId)"),
                Arguments.of(
                        "getPersonSubscriptionPreferences",
                        Map.of(),
                        "getPersonSubscriptionPreferences needs customerId (URI option customerId or header CamelCustomerioCustomersCustomerId)"),
                Arguments.of(
                        "getSegment",
                        Map.of(),
                        "getSegment needs segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId)"),
                Arguments.of(
                        "getSegmentCount",
                        Map.of(),
                        "getSegmentCount needs segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId)"),
                Arguments.of(
                        "getSegmentDependencies",
                        Map.of(),
                        "getSegmentDependencies needs segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId)"),
                Arguments.of(
                        "getSegmentMembership",
                        Map.of(),
                        "getSegmentMembership needs segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId)"),
                Arguments.of(
                        "getSubscriptionCenterToken",
                        Map.of(),
                        "getSubscriptionCenterToken needs customerId (URI option customerId or header CamelCustomerioCustomersCustomerId)"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource
    void missingRequiredParameters(String operation, Map<String, Object> headers, String message) {
        assertRejected(call("customerio-customers:" + operation, headers, null), message);
    }

    static Stream<Arguments> malformedParameters() {
        return Stream.of(
                Arguments.of(
                        "getSegment",
                        Map.of(SEGMENT_ID, "seven"),
                        "getSegment: segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId) must be an integer; got 'seven'"),
                Arguments.of(
                        "getSegment",
                        Map.of(SEGMENT_ID, 7.5),
                        "getSegment: segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId) must be an integer; got '7.5'"),
                Arguments.of(
                        "getSegment",
                        Map.of(SEGMENT_ID, 3_000_000_000L),
                        "getSegment: segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId) must be a 32-bit integer; got 3000000000"),
                Arguments.of(
                        "getObjectAttributes",
                        Map.of(OBJECT_TYPE_ID, "companies", OBJECT_ID, "acme"),
                        "getObjectAttributes: objectTypeId (URI option objectTypeId or header CamelCustomerioCustomersObjectTypeId) must be an integer; got 'companies'"),
                Arguments.of(
                        "getPersonMessages",
                        Map.of(CUSTOMER_ID, "u1", START_TS, "yesterday"),
                        "getPersonMessages: startTs (URI option startTs or header CamelCustomerioCustomersStartTs) must be an integer; got 'yesterday'"),
                Arguments.of(
                        "getPersonAttributes",
                        Map.of(CUSTOMER_ID, Map.of("id", 1)),
                        "getPersonAttributes: customerId (URI option customerId or header CamelCustomerioCustomersCustomerId) must be text; got a java.util.ImmutableCollections$Map1"),
                Arguments.of(
                        "getPersonAttributes",
                        Map.of(CUSTOMER_ID, "u1", ID_TYPE, "object_id"),
                        "getPersonAttributes: idType (URI option idType or header CamelCustomerioCustomersIdType) must be one of id, email, phone, cio_id; got 'object_id'"),
                Arguments.of(
                        "getPeopleById",
                        Map.of(IDS, "u1", ID_TYPE, "username"),
                        "getPeopleById: idType (URI option idType or header CamelCustomerioCustomersIdType) must be one of id, email, phone, cio_id; got 'username'"),
                Arguments.of(
                        "getObjectAttributes",
                        Map.of(OBJECT_TYPE_ID, 1, OBJECT_ID, "acme", ID_TYPE, "email"),
                        "getObjectAttributes: idType (URI option idType or header CamelCustomerioCustomersIdType) must be one of object_id, cio_object_id; got 'email'"),
                Arguments.of(
                        "getSegmentMembership",
                        Map.of(SEGMENT_ID, 7, LIMIT, 0),
                        "getSegmentMembership: limit (URI option limit or header CamelCustomerioCustomersLimit) must be between 1 and 30000; got 0"),
                Arguments.of(
                        "getSegmentMembership",
                        Map.of(SEGMENT_ID, 7, LIMIT, 30001),
                        "getSegmentMembership: limit (URI option limit or header CamelCustomerioCustomersLimit) must be between 1 and 30000; got 30001"),
                Arguments.of(
                        "getPeopleFilter",
                        Map.of(FILTER, "{\"segment\":{\"id\":7}}", LIMIT, 1001),
                        "getPeopleFilter: limit (URI option limit or header CamelCustomerioCustomersLimit) must be between 1 and 1000; got 1001"),
                Arguments.of(
                        "getPersonMessages",
                        Map.of(CUSTOMER_ID, "u1", LIMIT, 1001),
                        "getPersonMessages: limit (URI option limit or header CamelCustomerioCustomersLimit) must be between 1 and 1000; got 1001"),
                Arguments.of(
                        "getPersonActivities",
                        Map.of(CUSTOMER_ID, "u1", LIMIT, 101),
                        "getPersonActivities: limit (URI option limit or header CamelCustomerioCustomersLimit) must be between 1 and 100; got 101"),
                Arguments.of(
                        "getPersonRelationships",
                        Map.of(CUSTOMER_ID, "u1", LIMIT, -5),
                        "getPersonRelationships: limit (URI option limit or header CamelCustomerioCustomersLimit) must be at least 1; got -5"),
                Arguments.of(
                        "getPeopleById",
                        Map.of(IDS, List.of()),
                        "getPeopleById: ids (URI option ids or header CamelCustomerioCustomersIds) must hold at least one entry; got none"),
                Arguments.of(
                        "getPeopleById",
                        Map.of(IDS, "u1,,u3"),
                        "getPeopleById: ids (URI option ids or header CamelCustomerioCustomersIds) must not contain empty ids; got [u1, , u3]"),
                Arguments.of(
                        "getPeopleById",
                        Map.of(IDS, 42),
                        "getPeopleById: ids (URI option ids or header CamelCustomerioCustomersIds) must be a list of ids (List, array or comma-separated text); got a java.lang.Integer"),
                Arguments.of(
                        "createManSegment",
                        Map.of(SEGMENT, Map.of("description", "no name")),
                        "createManSegment: segment (URI option segment or header CamelCustomerioCustomersSegment) must have a non-empty \"name\""),
                Arguments.of(
                        "createManSegment",
                        Map.of(SEGMENT, "[\"VIP\"]"),
                        "createManSegment: segment (URI option segment or header CamelCustomerioCustomersSegment) must be a JSON object; got array"),
                Arguments.of(
                        "getPeopleFilter",
                        Map.of(FILTER, "{\"segment\":{\"id\":7},\"attribute\":{\"field\":\"x\"}}"),
                        "getPeopleFilter: filter (URI option filter or header CamelCustomerioCustomersFilter) must be an object with exactly one of the keys and, attribute, not, or, segment; got keys [attribute, segment]"),
                Arguments.of(
                        "getPeopleFilter",
                        Map.of(FILTER, "{\"where\":{\"plan\":\"pro\"}}"),
                        "getPeopleFilter: filter (URI option filter or header CamelCustomerioCustomersFilter) must be an object with exactly one of the keys and, attribute, not, or, segment; got keys [where]"),
                Arguments.of(
                        "getPeopleFilter",
                        Map.of(FILTER, "{}"),
                        "getPeopleFilter: filter (URI option filter or header CamelCustomerioCustomersFilter) must be an object with exactly one of the keys and, attribute, not, or, segment; got keys []"),
                Arguments.of(
                        "getPeopleFilter",
                        Map.of(FILTER, "{\"segment\": "),
                        "getPeopleFilter: filter (URI option filter or header CamelCustomerioCustomersFilter) must be a JSON object; got invalid JSON: Unexpected end-of-input within/between Object entries"),
                Arguments.of(
                        "getPeopleFilter",
                        Map.of(FILTER, "{\"segment\":{\"id\":900}} }x"),
                        "getPeopleFilter: filter (URI option filter or header CamelCustomerioCustomersFilter) must be a JSON object; got invalid JSON: Unexpected close marker '}': no open Object to close"),
                Arguments.of(
                        "getPeopleFilter",
                        Map.of(FILTER, "{\"segment\":{\"id\":900}} {\"segment\":{\"id\":1}}"),
                        "getPeopleFilter: filter (URI option filter or header CamelCustomerioCustomersFilter) must be a JSON object; got invalid JSON: Unexpected '{' after the JSON value: only one JSON value is allowed"),
                Arguments.of(
                        "getPeopleById",
                        Map.of(IDS, "[\"u1\"] [\"u2\"]"),
                        "getPeopleById: ids (URI option ids or header CamelCustomerioCustomersIds) must be a list of ids; got invalid JSON: Unexpected '[' after the JSON value: only one JSON value is allowed"),
                Arguments.of(
                        "createManSegment",
                        Map.of(SEGMENT, "{\"name\":\"VIP\",\"name\":\"x\"}"),
                        "createManSegment: segment (URI option segment or header CamelCustomerioCustomersSegment) must be a JSON object; got invalid JSON: Duplicate field 'name'"),
                Arguments.of(
                        "getObjectsFilter",
                        Map.of(OBJECT_TYPE_ID, 1, FILTER, Map.of("segment", Map.of("id", 7))),
                        "getObjectsFilter: filter (URI option filter or header CamelCustomerioCustomersFilter) must be an object with exactly one of the keys and, not, object_attribute, or; got keys [segment]"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource
    void malformedParameters(String operation, Map<String, Object> headers, String message) {
        assertRejected(call("customerio-customers:" + operation, headers, null), message);
    }

    @Test
    void bodyThatIsNotJsonIsRejectedAndKept() {
        Exchange exchange = call("customerio-customers:getPeopleFilter", Map.of(), "plan = pro");

        assertRejected(
                exchange,
                "getPeopleFilter: filter (URI option filter or header CamelCustomerioCustomersFilter)"
                        + " was looked for in the message body, which is not valid JSON: Unrecognized token"
                        + " 'plan': was expecting (JSON String, Number, Array, Object or token 'null', 'true'"
                        + " or 'false')");
        assertThat(exchange.getMessage().getBody()).isEqualTo("plan = pro");
    }

    @Test
    void bodyWithASecondJsonValueIsRejected() {
        Exchange exchange =
                call("customerio-customers:createManSegment", Map.of(), "{\"name\":\"VIP\"} {\"name\":\"x\"}");

        assertRejected(
                exchange,
                "createManSegment: segment (URI option segment or header CamelCustomerioCustomersSegment)"
                        + " was looked for in the message body, which is not valid JSON: Unexpected '{' after the"
                        + " JSON value: only one JSON value is allowed");
    }

    @Test
    void streamBodyIsKeptAsBytesWhenRejected() {
        Exchange exchange = call(
                "customerio-customers:createManSegment",
                Map.of(),
                new java.io.ByteArrayInputStream("{\"description\":\"no name\"}".getBytes()));

        assertThat(exchange.getException()).isInstanceOf(CustomerIoParameterException.class);
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("{\"description\":\"no name\"}");
    }

    @Test
    void parameterExceptionSaysWhichOperationAndParameter() {
        Exchange exchange = call("customerio-customers:getSegment");

        CustomerIoParameterException e = (CustomerIoParameterException) exchange.getException();
        assertThat(e.getOperation()).isEqualTo(CustomerIoOperation.getSegment);
        assertThat(e.getParameter()).isEqualTo(ApiParameter.SEGMENT_ID);
    }

    @Test
    void malformedUriOptionFailsEndpointCreation() {
        assertThatThrownBy(() -> context.getEndpoint("customerio-customers:getSegment?segmentId=seven"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause()
                .isInstanceOf(CustomerIoParameterException.class)
                .hasMessage("getSegment: segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId)"
                        + " must be an integer; got 'seven'");
    }

    @Test
    void uriOptionTheOperationDoesNotTakeFailsEndpointCreation() {
        assertThatThrownBy(() -> context.getEndpoint("customerio-customers:getSegment?segmentId=7&email=a@b.c"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause()
                .isInstanceOf(CustomerIoParameterException.class)
                .hasMessage("getSegment does not take email (URI option email or header CamelCustomerioCustomersEmail);"
                        + " the URI options of its call parameters are: segmentId");
    }

    @Test
    void unknownOperationHeaderIsRejectedWithSuggestion() {
        Map<String, Object> headers =
                new HashMap<>(Collections.singletonMap(CustomerIoCustomersConstants.OPERATION, "get_segment_count"));
        headers.put(SEGMENT_ID, 7);

        Exchange exchange = call("customerio-customers:getSegment", headers, null);

        assertThat(exchange.getException())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "Unknown Customer.io operation 'get_segment_count'. Did you mean 'getSegmentCount'?");
    }

    private static void assertRejected(Exchange exchange, String message) {
        assertThat(exchange.getException())
                .isInstanceOf(CustomerIoParameterException.class)
                .hasMessage(message);
    }
}
