package io.github.camelcustomerio.customers;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.camelcustomerio.customers.api.CustomerIoApiError;
import io.github.camelcustomerio.customers.api.CustomerIoApiException;
import io.github.camelcustomerio.customers.api.CustomerIoInvalidResponseException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.api.CustomerIoTransportException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error answers become a {@link CustomerIoApiException} carrying status, operation, the service's error list and the
 * raw body; answers that are not the documented JSON become a {@link CustomerIoInvalidResponseException} saying
 * what was received.
 */
class ErrorAnswerTest extends WireMockTestSupport {

    private Exchange answer(int status, String contentType, String body, String uri) {
        var response = aResponse().withStatus(status);
        if (contentType != null) {
            response = response.withHeader("Content-Type", contentType);
        }
        if (body != null) {
            response = response.withBody(body);
        }
        server.stubFor(any(anyUrl()).willReturn(response));
        return call(uri);
    }

    @Test
    void badRequestCarriesTheErrorList() {
        Exchange exchange = answer(
                400,
                "application/json",
                "{\"errors\":[{\"status\":\"400\",\"detail\":\"bad request (reference 9f3c2a)\",\"code\":\"invalid_param\","
                        + "\"source\":{\"pointer\":\"/filter\"},\"meta\":{\"hint\":\"check and/or\"}}]}",
                "customerio-customers:getPeopleFilter?filter={\"segment\":{\"id\":7}}");

        CustomerIoApiException e = exchange.getException(CustomerIoApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(400);
        assertThat(e.getHttpResponseCode()).isEqualTo(400);
        assertThat(e.getOperation()).isEqualTo(CustomerIoOperation.getPeopleFilter);
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.getErrors())
                .containsExactly(new CustomerIoApiError(
                        "400",
                        "invalid_param",
                        "bad request (reference 9f3c2a)",
                        "/filter",
                        Map.of("hint", "check and/or")));
        assertThat(e.getResponseBody()).contains("invalid_param");
        assertThat(e)
                .hasMessage("getPeopleFilter failed with HTTP 400 Bad Request: bad request (reference 9f3c2a)"
                        + " [code invalid_param] at /filter");
    }

    @Test
    void unauthorizedWithoutBody() {
        Exchange exchange = answer(401, null, null, "customerio-customers:getObjectTypes");

        CustomerIoApiException e = exchange.getException(CustomerIoApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.getErrors()).isEmpty();
        assertThat(e.getResponseBody()).isEmpty();
        assertThat(e).hasMessage("getObjectTypes failed with HTTP 401 Unauthorized: no error details in the answer");
    }

    @Test
    void notFound() {
        Exchange exchange = answer(
                404,
                "application/json",
                "{\"errors\":[{\"status\":\"404\",\"detail\":\"segment not found\"}]}",
                "customerio-customers:getSegment?segmentId=999");

        CustomerIoApiException e = exchange.getException(CustomerIoApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getHttpResponseStatus()).isEqualTo("Not Found");
        assertThat(e).hasMessage("getSegment failed with HTTP 404 Not Found: segment not found");
    }

    @Test
    void rateLimitedCarriesRetryAfter() {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "2")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"detail\":\"rate limited to 10 requests per 1s (reference a1b2c3)\","
                                + "\"status\":\"429\"}]}")));

        Exchange exchange = call("customerio-customers:getSegment?segmentId=7");

        CustomerIoApiException e = exchange.getException(CustomerIoApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.getRetryAfterSeconds()).isEqualTo(2L);
        assertThat(e.getErrors())
                .extracting(CustomerIoApiError::detail)
                .containsExactly("rate limited to 10 requests per 1s (reference a1b2c3)");
    }

    @Test
    void aRetryAfterOfAgesHoldsTheWorkspacesCallersAnHourAtMost() {
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "9000000000000000000")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"detail\":\"slow down\",\"status\":\"429\"}]}")));
        String uri = "customerio-customers:getSegment?segmentId=7&rateLimit=10&maxRetries=3";

        Exchange exchange = call(uri);

        CustomerIoApiException e = exchange.getException(CustomerIoApiException.class);
        assertThat(e).as("a typed failure, not an arithmetic overflow").isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.getRetryAfterSeconds()).isEqualTo(9_000_000_000_000_000_000L);
        assertThat(server.getAllServeEvents())
                .as("no time to wait it out: not retried")
                .hasSize(1);
        long wait = context.getEndpoint(uri, CustomerIoCustomersEndpoint.class)
                .client()
                .rateLimiter()
                .currentWaitMillis();
        assertThat(wait).isBetween(3_590_000L, 3_600_000L);
    }

    @Test
    void anErrorAnswerOfManyErrorsKeepsTwentyAndAShortMessage() {
        String thirty = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> "{\"status\":\"400\",\"detail\":\"problem " + i + " " + "x".repeat(100) + "\"}")
                .collect(Collectors.joining(",", "{\"errors\":[", "]}"));

        CustomerIoApiException e = answer(
                        400, "application/json", thirty, "customerio-customers:getSegment?segmentId=7")
                .getException(CustomerIoApiException.class);

        assertThat(e.getErrors()).hasSize(20);
        assertThat(e.getMessage()).hasSizeLessThan(1_100).endsWith("...");
    }

    @Test
    void anErrorAnswerTooLongForAnErrorEnvelopeIsOnlyQuoted() {
        String huge =
                IntStream.range(0, 40_000).mapToObj(i -> "0").collect(Collectors.joining(",", "{\"errors\":[", "]}"));

        CustomerIoApiException e = answer(500, "application/json", huge, "customerio-customers:getSegment?segmentId=7")
                .getException(CustomerIoApiException.class);

        assertThat(huge.length()).isGreaterThan(64 * 1024);
        assertThat(e.getErrors()).isEmpty();
        assertThat(e.getResponseBody()).isEqualTo(huge);
        assertThat(e.getMessage())
                .isEqualTo("getSegment failed with HTTP 500 Server Error: answer: " + huge.substring(0, 200) + "...");
    }

    @Test
    void serverErrorWithTextBody() {
        Exchange exchange =
                answer(500, "text/plain", "upstream exploded", "customerio-customers:getSegment?segmentId=7");

        CustomerIoApiException e = exchange.getException(CustomerIoApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(500);
        assertThat(e.getResponseBody()).isEqualTo("upstream exploded");
        assertThat(e).hasMessage("getSegment failed with HTTP 500 Server Error: answer: upstream exploded");
    }

    @Test
    void trackApiErrorShapeIsUnderstoodToo() {
        Exchange exchange = answer(
                400,
                "application/json",
                "{\"meta\":{\"error\":\"invalid id\"}}",
                "customerio-customers:getPersonSegments?customerId=x");

        assertThat(exchange.getException(CustomerIoApiException.class).getErrors())
                .extracting(CustomerIoApiError::detail)
                .containsExactly("invalid id");
    }

    @Test
    void htmlGatewayPageIsAnInvalidResponse() {
        Exchange exchange = answer(
                200,
                "text/html",
                "<html><body><h1>Gateway says hi</h1></body></html>",
                "customerio-customers:getSegment?segmentId=7");

        CustomerIoInvalidResponseException e = exchange.getException(CustomerIoInvalidResponseException.class);
        assertThat(e.getStatusCode()).isEqualTo(200);
        assertThat(e.getContentType()).isEqualTo("text/html");
        assertThat(e)
                .hasMessage(
                        "getSegment received an unreadable answer (expected application/json): HTTP 200,"
                                + " content type text/html, a body starting '<html><body><h1>Gateway says hi</h1></body></html>'");
    }

    @Test
    void truncatedJsonIsAnInvalidResponse() {
        Exchange exchange = answer(
                200, "application/json", "{\"segment\":{\"id\":7,\"na", "customerio-customers:getSegment?segmentId=7");

        assertThat(exchange.getException())
                .isInstanceOf(CustomerIoInvalidResponseException.class)
                .hasMessageStartingWith(
                        "getSegment received an unreadable answer (invalid JSON: Unexpected end-of-input")
                .hasMessageEndingWith(
                        "HTTP 200, content type application/json, a body starting '{\"segment\":{\"id\":7,\"na'");
    }

    @Test
    void emptyOkIsAnInvalidResponse() {
        Exchange exchange = answer(200, "application/json", "", "customerio-customers:getSegment?segmentId=7");

        assertThat(exchange.getException())
                .isInstanceOf(CustomerIoInvalidResponseException.class)
                .hasMessage("getSegment received an unreadable answer (empty body): HTTP 200, content type"
                        + " application/json, an empty body");
    }

    @Test
    void jsonThatIsNotAnObjectIsAnInvalidResponse() {
        Exchange exchange = answer(200, "application/json", "[1,2,3]", "customerio-customers:getSegment?segmentId=7");

        assertThat(exchange.getException())
                .isInstanceOf(CustomerIoInvalidResponseException.class)
                .hasMessageContaining("(expected a JSON object)");
    }

    @Test
    void unreachableServiceIsATransportError() {
        Exchange exchange = call("customerio-customers:getSegment?segmentId=7&baseUrl=http://127.0.0.1:1");

        assertThat(exchange.getException())
                .isInstanceOf(CustomerIoTransportException.class)
                .hasMessageStartingWith("getSegment could not reach http://127.0.0.1:1: ");
        assertThat(exchange.getException(CustomerIoTransportException.class).getAttempts())
                .isEqualTo(1);
    }
}
