package io.github.camelcustomerio.customers;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.github.camelcustomerio.customers.api.CustomerIoTransportException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer longer than maxResponseSize fails the call before it can fill the heap, and is not asked for again: the
 * same request would get the same answer. One that declares its length is not read; one sent in chunks is read up to
 * the limit. A walk's page over the limit hands nothing.
 */
class AnswerSizeTest extends WireMockTestSupport {

    /** A segment whose name makes the answer about 2,000 bytes. */
    private static final String LONG_SEGMENT =
            "{\"segment\":{\"id\":7,\"name\":\"" + "n".repeat(2_000) + "\",\"type\":\"manual\"}}";

    private static final String LONG_PAGE = "{\"identifiers\":[{\"id\":\"u1\",\"email\":\"" + "e".repeat(2_000)
            + "@x.test\",\"cio_id\":\"c1\"}],\"ids\":[\"u1\"],\"next\":\"\"}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=7&maxResponseSize=1000"
                                + "&startScheduler=false")
                        .routeId("members")
                        .to("mock:members");
            }
        };
    }

    @Test
    void anAnswerDeclaringMoreThanTheLimitIsNotReadAndNotAskedForAgain() throws Exception {
        // the JDK's server declares the body's length and never compresses it, unlike WireMock's (see below)
        AtomicInteger requests = new AtomicInteger();
        HttpServer declaring = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        declaring.createContext("/", http -> {
            requests.incrementAndGet();
            byte[] body = LONG_SEGMENT.getBytes(StandardCharsets.UTF_8);
            http.getResponseHeaders().add("Content-Type", "application/json");
            http.sendResponseHeaders(200, body.length);
            try (OutputStream out = http.getResponseBody()) {
                out.write(body);
            }
        });
        declaring.start();
        try {
            String baseUrl = "http://127.0.0.1:" + declaring.getAddress().getPort();

            Exchange exchange = call("customerio-customers:getSegment?segmentId=7&maxResponseSize=1000&maxRetries=3"
                    + "&baseUrl=" + baseUrl);

            assertThat(exchange.getException())
                    .isInstanceOf(CustomerIoTransportException.class)
                    .hasMessage("getSegment received an answer too long to read from " + baseUrl
                            + ": the answer declares " + LONG_SEGMENT.length() + " bytes, more than maxResponseSize"
                            + " (1000 bytes): not read");
            assertThat(requests).hasValue(1);
            assertThat(call("customerio-customers:getSegment?segmentId=7&maxResponseSize=3000&baseUrl=" + baseUrl)
                            .getMessage()
                            .getBody(Map.class))
                    .containsKey("segment");
        } finally {
            declaring.stop(0);
        }
    }

    @Test
    void anAnswerWithoutItsLengthIsReadUpToTheLimit() {
        // WireMock compresses it (the client accepts gzip): the length the client sees is unknown, as for a chunked
        // answer, and a small compressed answer that would inflate to gigabytes is stopped the same way
        server.stubFor(get(urlPathEqualTo("/v1/segments/7")).willReturn(okJson(LONG_SEGMENT)));

        Exchange exchange = call("customerio-customers:getSegment?segmentId=7&maxResponseSize=1000&maxRetries=3");

        assertThat(exchange.getException())
                .isInstanceOf(CustomerIoTransportException.class)
                .hasMessage("getSegment received an answer too long to read from " + server.baseUrl()
                        + ": the answer went on past maxResponseSize (1000 bytes): reading stopped there");
        assertThat(server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aWalksPagePastTheLimitHandsNothingOneRequestAPoll() throws Exception {
        server.stubFor(get(urlPathEqualTo("/v1/segments/7/membership")).willReturn(okJson(LONG_PAGE)));
        ScheduledPollConsumer consumer =
                (ScheduledPollConsumer) context.getRoute("members").getConsumer();

        consumer.run();
        consumer.run();

        assertThat(getMockEndpoint("mock:members").getReceivedCounter()).isZero();
        assertThat(server.getAllServeEvents()).hasSize(2);
    }
}
