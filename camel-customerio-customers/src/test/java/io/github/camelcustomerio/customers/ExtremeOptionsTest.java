package io.github.camelcustomerio.customers;

import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Huge values set to mean "no limit": waits of centuries work as a year (they overflowed the clock arithmetic of
 * every call with an ArithmeticException), and a rate limit the limiter cannot hold is refused by name (it allocated
 * a slot per request of the window, gigabytes, when the endpoint started).
 */
class ExtremeOptionsTest extends WireMockTestSupport {

    @Test
    void waitsOfCenturiesWorkAsAYear() {
        server.stubFor(get(urlPathEqualTo("/v1/segments/7")).willReturn(okJson("{\"segment\":{\"id\":7}}")));
        String forever = "9223372036854775807";

        Exchange exchange = call("customerio-customers:getSegment?segmentId=7&rateLimit=10&callTimeout=" + forever
                + "&rateLimitMaxWait=" + forever + "&responseTimeout=" + forever + "&connectTimeout=" + forever
                + "&retryBackoff=" + forever + "&retryMaxBackoff=" + forever);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Map.class)).containsEntry("segment", Map.of("id", 7));
    }

    @Test
    void aRateLimitTheLimiterCannotHoldIsRefusedByName() {
        assertThatThrownBy(() -> call("customerio-customers:getSegment?segmentId=7&rateLimit=2147483647"))
                .as("when the endpoint is created, before any call")
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("customerio-customers: rateLimit must be at most 10000 requests per second (the"
                        + " App API allows 10; 0 turns the limiter off); got 2147483647");
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
