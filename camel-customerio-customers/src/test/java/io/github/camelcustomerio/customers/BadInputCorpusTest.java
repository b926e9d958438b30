package io.github.camelcustomerio.customers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.camelcustomerio.customers.api.CustomerIoParameterException;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.CUSTOMER_ID;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.FILTER;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.IDS;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.ID_TYPE;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.LIMIT;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.SEGMENT;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.SEGMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that must be refused, and how: every case fails before any request reaches the server, with a message that
 * names the option (the URI option and, for a call parameter, its header). A URI option fails when the endpoint is
 * created; a header or a body when the message is sent. The server answers every request, so a case that slipped
 * through would show up as a request, not as an HTTP error.
 *
 * <p>
 * Decisions the corpus records: a URI option whose value is a number, duration, boolean or enum may not have spaces
 * around it ({@code segmentId=%207%20}, and {@code +-3}, since a {@code +} in a URI is a space), while a header
 * {@code " 7 "} is 7; an option given empty is refused rather than taken as absent; 101 ids are not bad input for
 * getPeopleById, which sends them as 100 and 1 ({@link #aHundredAndOneIdsAreSentAsTwoBatches()}).
 *
 * <p>
 * The file is long because the corpus is: one row per case, ninety of them, kept in one place so that a reader sees
 * every refusal side by side.
 */
class BadInputCorpusTest extends WireMockTestSupport {

    static final String SEGMENT_ID_IS = "segmentId (URI option segmentId or header CamelCustomerioCustomersSegmentId)";
    static final String LIMIT_IS = "limit (URI option limit or header CamelCustomerioCustomersLimit)";
    static final String START_TS_IS = "startTs (URI option startTs or header CamelCustomerioCustomersStartTs)";
    static final String OBJECT_TYPE_ID_IS =
            "objectTypeId (URI option objectTypeId or header CamelCustomerioCustomersObjectTypeId)";
    static final String CUSTOMER_ID_IS =
            "customerId (URI option customerId or header CamelCustomerioCustomersCustomerId)";
    static final String ID_TYPE_IS = "idType (URI option idType or header CamelCustomerioCustomersIdType)";
    static final String EMAIL_IS = "email (URI option email or header CamelCustomerioCustomersEmail)";
    static final String IDS_IS = "ids (URI option ids or header CamelCustomerioCustomersIds)";
    static final String FILTER_IS = "filter (URI option filter or header CamelCustomerioCustomersFilter)";
    static final String SEGMENT_IS = "segment (URI option segment or header CamelCustomerioCustomersSegment)";
    static final String START_IS = "start (URI option start or header CamelCustomerioCustomersStart)";
    static final String ACCEPT_LANGUAGE_IS =
            "acceptLanguage (URI option acceptLanguage or header CamelCustomerioCustomersAcceptLanguage)";
    static final String DURATION = "must be a duration: milliseconds (5000), a time such as 5s, 1m30s or 500ms,"
            + " or ISO-8601 such as PT5S; got ";
    static final String SPACES = "must be written without spaces around it (a + in a URI is a space); got ";

    static final String TEN_KB_DIGITS = "9".repeat(10_240);
    static final String TEN_KB_DIGITS_QUOTED = "'" + "9".repeat(60) + "...' (10240 characters)";
    static final String TEN_KB_TEXT = "x".repeat(10_240);
    static final String TEN_KB_TEXT_QUOTED = "'" + "x".repeat(60) + "...' (10240 characters)";

    @BeforeEach
    void answerEverything() {
        answerEveryRequestWith("{\"ok\":true}");
    }

    static Stream<BadInput> corpus() {
        return Stream.of(
                // numbers that are not plain integers, in a URI option: refused when the endpoint is created
                uri(
                        "getSegment?segmentId=7x",
                        "getSegment: " + SEGMENT_ID_IS + " must be an integer; got '7x'",
                        SEGMENT_ID),
                uri(
                        "getSegment?segmentId=seven",
                        "getSegment: " + SEGMENT_ID_IS + " must be an integer; got 'seven'",
                        SEGMENT_ID),
                uri(
                        "getSegment?segmentId=1m",
                        "getSegment: " + SEGMENT_ID_IS + " must be an integer; got '1m'",
                        SEGMENT_ID),
                uri(
                        "deleteManSegment?segmentId=1m",
                        "deleteManSegment: " + SEGMENT_ID_IS + " must be an integer; got '1m'",
                        SEGMENT_ID),
                uri(
                        "getSegment?segmentId=0x10",
                        "getSegment: " + SEGMENT_ID_IS + " must be an integer; got '0x10'",
                        SEGMENT_ID),
                uri(
                        "getSegment?segmentId=1e3",
                        "getSegment: " + SEGMENT_ID_IS + " must be an integer; got '1e3'",
                        SEGMENT_ID),
                uri(
                        "getSegment?segmentId=1.0",
                        "getSegment: " + SEGMENT_ID_IS + " must be an integer; got '1.0'",
                        SEGMENT_ID),
                uri("getSegment?segmentId=+-3", "getSegment: " + SEGMENT_ID_IS + " " + SPACES + "' -3'", SEGMENT_ID),
                uri(
                        "getSegment?segmentId=RAW(+-3)",
                        "getSegment: " + SEGMENT_ID_IS + " must be an integer; got '+-3'",
                        SEGMENT_ID),
                uri(
                        "getSegment?segmentId=%207%20",
                        "getSegment: " + SEGMENT_ID_IS + " " + SPACES + "' 7 '", SEGMENT_ID),
                uri(
                        "getSegment?SEGMENTID=1m",
                        "getSegment: " + SEGMENT_ID_IS + " must be an integer; got '1m'",
                        SEGMENT_ID),
                uri(
                        "getSegmentMembership?segmentId=7&limit=ten",
                        "getSegmentMembership: " + LIMIT_IS + " must be an integer; got 'ten'",
                        LIMIT),
                uri(
                        "getSegmentMembership?segmentId=7&limit=5s",
                        "getSegmentMembership: " + LIMIT_IS + " must be an integer; got '5s'",
                        LIMIT),
                uri(
                        "getPersonMessages?customerId=u1&startTs=1d",
                        "getPersonMessages: " + START_TS_IS + " must be an integer; got '1d'",
                        CustomerIoCustomersConstants.START_TS),
                uri(
                        "getObjectAttributes?objectTypeId=one&objectId=acme",
                        "getObjectAttributes: " + OBJECT_TYPE_ID_IS + " must be an integer; got 'one'",
                        CustomerIoCustomersConstants.OBJECT_TYPE_ID),
                // beyond the type, huge and foreign digits
                uri(
                        "getSegment?segmentId=99999999999",
                        "getSegment: " + SEGMENT_ID_IS + " must be a 32-bit integer; got 99999999999",
                        SEGMENT_ID),
                uri(
                        "getPersonMessages?customerId=u1&startTs=99999999999999999999",
                        "getPersonMessages: " + START_TS_IS + " must be a 64-bit integer; got '99999999999999999999'",
                        CustomerIoCustomersConstants.START_TS),
                uri(
                        "getSegment?segmentId=" + TEN_KB_DIGITS,
                        "getSegment: " + SEGMENT_ID_IS + " must be a 64-bit integer; got " + TEN_KB_DIGITS_QUOTED,
                        SEGMENT_ID),
                uri(
                        "getSegment?segmentId=%D9%A7",
                        "getSegment: " + SEGMENT_ID_IS + " must be an integer; got '\u0667'", SEGMENT_ID),
                uri(
                        "getSegmentMembership?segmentId=7&limit=%EF%BC%91%EF%BC%90",
                        "getSegmentMembership: " + LIMIT_IS + " must be an integer; got '\uff11\uff10'", LIMIT),
                // empty, blank and out of bounds
                uri(
                        "getSegment?segmentId=",
                        "getSegment: " + SEGMENT_ID_IS + " must not be empty; got '' (leave the option out instead)",
                        SEGMENT_ID),
                uri(
                        "getPersonAttributes?customerId=%20%20",
                        "getPersonAttributes: " + CUSTOMER_ID_IS
                                + " must not be empty; got '  ' (leave the option out instead)",
                        CUSTOMER_ID),
                uri(
                        "getPeopleFilter?filter=",
                        "getPeopleFilter: " + FILTER_IS + " must not be empty; got '' (leave the option out instead)",
                        FILTER),
                uri(
                        "getSegmentMembership?segmentId=7&limit=0",
                        "getSegmentMembership: " + LIMIT_IS + " must be between 1 and 30000; got 0",
                        LIMIT),
                uri(
                        "getPersonActivities?customerId=u1&limit=101",
                        "getPersonActivities: " + LIMIT_IS + " must be between 1 and 100; got 101",
                        LIMIT),
                uri(
                        "getPersonAttributes?customerId=u1&idType=username",
                        "getPersonAttributes: " + ID_TYPE_IS
                                + " must be one of id, email, phone, cio_id; got 'username'",
                        ID_TYPE),
                uri(
                        "getPersonAttributes?customerId=u1&idType=EMAIL",
                        "getPersonAttributes: " + ID_TYPE_IS + " must be one of id, email, phone, cio_id; got 'EMAIL'",
                        ID_TYPE),
                // JSON in a URI option: exactly one value, of the right kind
                uri(
                        "getPeopleFilter?filter=RAW({\"segment\":{\"id\":900}} }x)",
                        "getPeopleFilter: " + FILTER_IS
                                + " must be a JSON object; got invalid JSON: Unexpected close marker '}': no open Object to close",
                        FILTER),
                uri(
                        "createManSegment?segment=RAW({\"name\":\"VIP\"} {\"name\":\"x\"})",
                        "createManSegment: " + SEGMENT_IS
                                + " must be a JSON object; got invalid JSON: Unexpected '{' after the JSON value: only one JSON value is allowed",
                        SEGMENT),
                uri(
                        "getPeopleFilter?filter=RAW([{\"segment\":{\"id\":7}}])",
                        "getPeopleFilter: " + FILTER_IS + " must be a JSON object; got array",
                        FILTER),
                uri(
                        "getPeopleById?ids=RAW([\"u1\",\"u2\"]])",
                        "getPeopleById: " + IDS_IS
                                + " must be a list of ids; got invalid JSON: Unexpected close marker ']': no open Array to close",
                        IDS),
                uri(
                        "createManSegment?segment=RAW({\"description\":\"no name\"})",
                        "createManSegment: " + SEGMENT_IS + " must have a non-empty \"name\"",
                        SEGMENT),
                // call parameters the operation does not take
                uri(
                        "getSubscriptionCenterToken?customerId=1&idType=email",
                        "getSubscriptionCenterToken does not take " + ID_TYPE_IS
                                + "; the URI options of its call parameters are: customerId",
                        ID_TYPE),
                uri(
                        "getSegment?segmentId=7&email=a@b.c",
                        "getSegment does not take " + EMAIL_IS
                                + "; the URI options of its call parameters are: segmentId",
                        CustomerIoCustomersConstants.EMAIL),
                uri(
                        "getSegment?segmentId=7&EMAIL=a@b.c",
                        "getSegment does not take " + EMAIL_IS
                                + "; the URI options of its call parameters are: segmentId",
                        CustomerIoCustomersConstants.EMAIL),
                uri(
                        "getChannels?limit=10",
                        "getChannels does not take " + LIMIT_IS + "; it takes no call parameters",
                        LIMIT),
                uri(
                        "getPeopleEmail?email=a@b.c&filter=RAW({\"segment\":{\"id\":7}})",
                        "getPeopleEmail does not take " + FILTER_IS
                                + "; the URI options of its call parameters are: email",
                        FILTER),
                uri(
                        "createManSegment?segment=RAW({\"name\":\"VIP\"})&segmentId=7",
                        "createManSegment does not take " + SEGMENT_ID_IS
                                + "; the URI options of its call parameters are: segment",
                        SEGMENT_ID),
                uri(
                        "getPersonAttributes?customerId=u1&start=abc",
                        "getPersonAttributes does not take " + START_IS
                                + "; the URI options of its call parameters are: customerId, idType",
                        CustomerIoCustomersConstants.START),
                uri(
                        "getSegmentMembership?segmentId=7&startTs=1717000000",
                        "getSegmentMembership does not take " + START_TS_IS
                                + "; the URI options of its call parameters are: segmentId, start, limit",
                        CustomerIoCustomersConstants.START_TS),
                uri(
                        "deleteManSegment?segmentId=7&acceptLanguage=fr",
                        "deleteManSegment does not take " + ACCEPT_LANGUAGE_IS
                                + "; the URI options of its call parameters are: segmentId",
                        CustomerIoCustomersConstants.ACCEPT_LANGUAGE),
                // configuration options: integers, durations, booleans and enums
                option(
                        "getSegment?segmentId=7&rateLimit=abc",
                        "URI option rateLimit must be an integer; got 'abc'",
                        "rateLimit"),
                option(
                        "getSegment?segmentId=7&maxRetries=1m",
                        "URI option maxRetries must be an integer; got '1m'",
                        "maxRetries"),
                option(
                        "getSegmentMembership?segmentId=7&maxMessagesPerPoll=1h",
                        "URI option maxMessagesPerPoll must be an integer; got '1h'",
                        "maxMessagesPerPoll"),
                option(
                        "getSegment?segmentId=7&maxRetries=99999999999",
                        "URI option maxRetries must be a 32-bit integer; got 99999999999",
                        "maxRetries"),
                option(
                        "getSegment?segmentId=7&rateLimit=" + TEN_KB_DIGITS,
                        "URI option rateLimit must be a 64-bit integer; got " + TEN_KB_DIGITS_QUOTED,
                        "rateLimit"),
                option(
                        "getSegment?segmentId=7&connectTimeout=abc",
                        "URI option connectTimeout " + DURATION + "'abc'",
                        "connectTimeout"),
                option(
                        "getSegment?segmentId=7&connectTimeout=5x",
                        "URI option connectTimeout " + DURATION + "'5x'",
                        "connectTimeout"),
                option(
                        "getSegment?segmentId=7&connectTimeout=-1",
                        "URI option connectTimeout must not be negative; got '-1'",
                        "connectTimeout"),
                option(
                        "getSegment?segmentId=7&responseTimeout=-5s",
                        "URI option responseTimeout must not be negative; got '-5s'",
                        "responseTimeout"),
                option(
                        "getSegment?segmentId=7&retryBackoff=PT-1S",
                        "URI option retryBackoff must not be negative; got 'PT-1S'",
                        "retryBackoff"),
                option(
                        "getSegment?segmentId=7&callTimeout=1.5s",
                        "URI option callTimeout " + DURATION + "'1.5s'",
                        "callTimeout"),
                option(
                        "getSegment?segmentId=7&rateLimitMaxWait=5%20s",
                        "URI option rateLimitMaxWait " + DURATION + "'5 s'", "rateLimitMaxWait"),
                option(
                        "getSegment?segmentId=7&retryMaxBackoff=%205s",
                        "URI option retryMaxBackoff " + SPACES + "' 5s'", "retryMaxBackoff"),
                option(
                        "getSegment?segmentId=7&connectTimeout=%EF%BC%95s",
                        "URI option connectTimeout " + DURATION + "'\uff15s'", "connectTimeout"),
                option(
                        "getSegment?segmentId=7&connectTimeout=" + TEN_KB_TEXT,
                        "URI option connectTimeout " + DURATION + TEN_KB_TEXT_QUOTED,
                        "connectTimeout"),
                option(
                        "getSegment?segmentId=7&callTimeout=99999999999999999999",
                        "URI option callTimeout must be at most 9223372036854775807 milliseconds; got '99999999999999999999'",
                        "callTimeout"),
                option(
                        "getSegmentMembership?segmentId=7&paginate=true&progressLogInterval=30d",
                        "URI option progressLogInterval must be at most 2147483647 milliseconds; got '30d'",
                        "progressLogInterval"),
                option("getSegmentMembership?segmentId=7&delay=abc", "URI option delay " + DURATION + "'abc'", "delay"),
                option(
                        "getSegmentMembership?segmentId=7&initialDelay=-1",
                        "URI option initialDelay must not be negative; got '-1'",
                        "initialDelay"),
                option(
                        "getSegment?segmentId=7&rawJson=TRUE",
                        "URI option rawJson must be true or false; got 'TRUE'",
                        "rawJson"),
                option(
                        "getSegmentMembership?segmentId=7&paginate=yes",
                        "URI option paginate must be true or false; got 'yes'",
                        "paginate"),
                option(
                        "getSegment?segmentId=7&rawJson=",
                        "URI option rawJson must be true or false; got ''",
                        "rawJson"),
                option(
                        "getSegment?segmentId=7&region=eu",
                        "URI option region must be one of US, EU; got 'eu'",
                        "region"),
                option(
                        "getSegmentMembership?segmentId=7&mode=SNAPSHOT",
                        "URI option mode must be one of snapshot, changes, newOnly; got 'SNAPSHOT'",
                        "mode"),
                option(
                        "getSegmentMembership?segmentId=7&exchangePattern=inOnly",
                        "URI option exchangePattern must be one of InOnly, InOut; got 'inOnly'",
                        "exchangePattern"),
                // headers: converted as strictly, at call time
                header(
                        "getSegment",
                        Map.of(SEGMENT_ID, "1m"),
                        "getSegment: " + SEGMENT_ID_IS + " must be an integer; got '1m'",
                        SEGMENT_ID),
                header(
                        "getSegment",
                        Map.of(SEGMENT_ID, "\u0667"),
                        "getSegment: " + SEGMENT_ID_IS + " must be an integer; got '\u0667'",
                        SEGMENT_ID),
                header(
                        "getSegment",
                        Map.of(SEGMENT_ID, true),
                        "getSegment: " + SEGMENT_ID_IS + " must be an integer; got 'true'",
                        SEGMENT_ID),
                header(
                        "getSegmentMembership?segmentId=7",
                        Map.of(LIMIT, "99999999999999999999999"),
                        "getSegmentMembership: " + LIMIT_IS
                                + " must be a 64-bit integer; got '99999999999999999999999'",
                        LIMIT),
                header(
                        "getPersonAttributes",
                        Map.of(CUSTOMER_ID, new ArrayList<>(List.of("u1"))),
                        "getPersonAttributes: " + CUSTOMER_ID_IS + " must be text; got a java.util.ArrayList",
                        CUSTOMER_ID),
                header(
                        "getPersonAttributes",
                        Map.of(CUSTOMER_ID, "u1", ID_TYPE, TEN_KB_TEXT),
                        "getPersonAttributes: " + ID_TYPE_IS + " must be one of id, email, phone, cio_id; got "
                                + TEN_KB_TEXT_QUOTED,
                        ID_TYPE),
                header(
                        "getPeopleFilter",
                        Map.of(FILTER, "{\"segment\":{\"id\":900}} }x"),
                        "getPeopleFilter: " + FILTER_IS
                                + " must be a JSON object; got invalid JSON: Unexpected close marker '}': no open Object to close",
                        FILTER),
                header(
                        "getPeopleFilter",
                        Map.of(FILTER, "{\"segment\":{\"id\":900}} {\"segment\":{\"id\":1}}"),
                        "getPeopleFilter: " + FILTER_IS
                                + " must be a JSON object; got invalid JSON: Unexpected '{' after the JSON value: only one JSON value is allowed",
                        FILTER),
                header(
                        "getPeopleFilter",
                        Map.of(FILTER, "[{\"segment\":{\"id\":900}}]"),
                        "getPeopleFilter: " + FILTER_IS + " must be a JSON object; got array",
                        FILTER),
                header(
                        "getPeopleFilter",
                        Map.of(FILTER, "{\"segment\":{\"id\":1},\"segment\":{\"id\":2}}"),
                        "getPeopleFilter: " + FILTER_IS
                                + " must be a JSON object; got invalid JSON: Duplicate field 'segment'",
                        FILTER),
                header(
                        "getPeopleById",
                        Map.of(IDS, "[\"u1\"] [\"u2\"]"),
                        "getPeopleById: " + IDS_IS
                                + " must be a list of ids; got invalid JSON: Unexpected '[' after the JSON value: only one JSON value is allowed",
                        IDS),
                header(
                        "getPeopleById",
                        Map.of(IDS, "[{\"id\":\"u1\"}]"),
                        "getPeopleById: " + IDS_IS + " must be text; got a JSON object",
                        IDS),
                header(
                        "createManSegment",
                        Map.of(SEGMENT, "  "),
                        "createManSegment needs segment (URI option segment, header CamelCustomerioCustomersSegment or the message body)",
                        SEGMENT),
                // bodies: exactly one JSON value, of the right kind
                body(
                        "createManSegment",
                        () -> "{\"name\":\"VIP\"} {\"name\":\"x\"}",
                        "createManSegment: " + SEGMENT_IS
                                + " was looked for in the message body, which is not valid JSON: Unexpected '{' after the JSON value: only one JSON value is allowed",
                        SEGMENT),
                body(
                        "getPeopleFilter",
                        () -> bytes("{\"segment\":{\"id\":900}} }x"),
                        "getPeopleFilter: " + FILTER_IS
                                + " was looked for in the message body, which is not valid JSON: Unexpected close marker '}': no open Object to close",
                        FILTER),
                body(
                        "getPeopleFilter",
                        () -> new ByteArrayInputStream(bytes("{\"segment\":{\"id\":900}}x")),
                        "getPeopleFilter: " + FILTER_IS
                                + " was looked for in the message body, which is not valid JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        FILTER),
                body(
                        "getPeopleFilter",
                        () -> "{\"filter\":{\"segment\":{\"id\":7}}} 8",
                        "getPeopleFilter: " + FILTER_IS
                                + " was looked for in the message body, which is not valid JSON: Unexpected '8' after the JSON value: only one JSON value is allowed",
                        FILTER),
                body(
                        "getPeopleById",
                        () -> "[\"u1\",\"u2\"] [\"u3\"]",
                        "getPeopleById: " + IDS_IS
                                + " was looked for in the message body, which is not valid JSON: Unexpected '[' after the JSON value: only one JSON value is allowed",
                        IDS),
                body(
                        "getPeopleFilter",
                        () -> "[{\"segment\":{\"id\":7}}]",
                        "getPeopleFilter: " + FILTER_IS + " must be a JSON object; got array",
                        FILTER),
                body(
                        "createManSegment",
                        () -> "{\"name\":\"VIP\"}\u2713",
                        "createManSegment: " + SEGMENT_IS
                                + " was looked for in the message body, which is not valid JSON: Unexpected character ('\u2713' (code 10003 / 0x2713)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        SEGMENT),
                body(
                        "getPeopleFilter",
                        () -> TEN_KB_TEXT,
                        "getPeopleFilter: " + FILTER_IS
                                + " was looked for in the message body, which is not valid JSON: Unrecognized token '"
                                + "x".repeat(256)
                                + "...': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        FILTER),
                body(
                        "getPeopleFilter",
                        () -> "",
                        "getPeopleFilter needs filter (URI option filter, header CamelCustomerioCustomersFilter or the message body)",
                        FILTER),
                body(
                        "getPeopleFilter",
                        () -> " \n\t",
                        "getPeopleFilter needs filter (URI option filter, header CamelCustomerioCustomersFilter or the message body)",
                        FILTER),
                body(
                        "getPeopleById",
                        () -> new byte[0],
                        "getPeopleById needs ids (URI option ids, header CamelCustomerioCustomersIds or the message body)",
                        IDS));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("corpus")
    void isRefusedBeforeAnyRequestNamingTheOption(BadInput input) {
        Throwable failure = input.send(this);

        assertThat(received()).as("requests that reached the server").isEmpty();
        assertThat(failure)
                .as("the failure")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(input.message());
        assertThat(failure.getMessage()).contains(input.names());
    }

    @Test
    void theCorpusHoldsAtLeastFiftyCases() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(50);
    }

    /** Not bad input: getPeopleById takes any number of ids and sends them 100 at a time. */
    @Test
    void aHundredAndOneIdsAreSentAsTwoBatches() {
        List<String> ids = IntStream.rangeClosed(1, 101).mapToObj(i -> "u" + i).toList();

        Exchange exchange = call("customerio-customers:getPeopleById", Map.of(), ids);

        assertThat(exchange.getException()).isNull();
        assertThat(received())
                .extracting(
                        request -> json(request.getBodyAsString()).get("ids").size())
                .containsExactly(100, 1);
    }

    /** Where the bad value is, and what the failure must say. */
    record BadInput(
            String description,
            Where where,
            String uri,
            Map<String, Object> headers,
            Supplier<Object> body,
            String message,
            String[] names) {

        Throwable send(BadInputCorpusTest test) {
            if (where == Where.URI) {
                try {
                    test.context.getEndpoint(uri);
                } catch (ResolveEndpointFailedException e) {
                    Throwable cause = e;
                    while (cause.getCause() != null) {
                        cause = cause.getCause();
                    }
                    return cause;
                }
                throw new AssertionError("the endpoint was created: " + uri);
            }
            Exchange exchange = test.call(uri, headers, body.get());
            assertThat(exchange.getException())
                    .as("the exchange's exception")
                    .isInstanceOf(CustomerIoParameterException.class);
            return exchange.getException();
        }

        @Override
        public String toString() {
            return description;
        }
    }

    enum Where {
        URI,
        MESSAGE
    }

    /** A call parameter's URI option: the message names the URI option and the header. */
    static BadInput uri(String uri, String message, String header) {
        return new BadInput(
                abbreviated(uri),
                Where.URI,
                "customerio-customers:" + uri,
                Map.of(),
                () -> null,
                message,
                namesOf(header));
    }

    /** A configuration option: the message names the URI option. */
    static BadInput option(String uri, String message, String option) {
        return new BadInput(
                abbreviated(uri),
                Where.URI,
                "customerio-customers:" + uri,
                Map.of(),
                () -> null,
                message,
                new String[] {"URI option " + option});
    }

    static BadInput header(String uri, Map<String, Object> headers, String message, String header) {
        return new BadInput(
                uri + " with header " + abbreviated(headers.toString()),
                Where.MESSAGE,
                "customerio-customers:" + uri,
                headers,
                () -> null,
                message,
                namesOf(header));
    }

    static BadInput body(String uri, Supplier<Object> body, String message, String header) {
        Object sample = body.get();
        String shown = sample instanceof byte[] bytes
                ? "bytes " + new String(bytes, StandardCharsets.UTF_8)
                : sample instanceof ByteArrayInputStream ? "a stream" : "text " + sample;
        return new BadInput(
                uri + " with body " + abbreviated(shown),
                Where.MESSAGE,
                "customerio-customers:" + uri,
                Map.of(),
                body,
                message,
                namesOf(header));
    }

    /** "URI option segmentId" and "header CamelCustomerioCustomersSegmentId", from the header's name. */
    private static String[] namesOf(String header) {
        String parameter = header.substring("CamelCustomerioCustomers".length());
        String option = Character.toLowerCase(parameter.charAt(0)) + parameter.substring(1);
        return new String[] {"URI option " + option, "header " + header};
    }

    private static String abbreviated(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "... (" + text.length() + " characters)";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
