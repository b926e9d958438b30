package io.github.camelcustomerio.customers;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import io.github.camelcustomerio.customers.client.ApiKey;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every logger at TRACE (Camel, the component and Apache HttpClient's header and wire loggers), the API key
 * shows up in no log line, exception, endpoint URI or toString.
 */
class ApiKeySecrecyTest extends WireMockTestSupport {

    static final String URI_KEY = "sk-uri-9e8d7c6b5a4f3e2d1c0b";

    private final List<Throwable> failures = new ArrayList<>();
    private LogCapture logs;

    private void captureEverythingAt(Level level) {
        logs = LogCapture.everythingAt(level);
    }

    @AfterEach
    void restoreLogging() {
        logs.close();
    }

    @BeforeEach
    void stubAnswers() {
        server.stubFor(get(urlPathEqualTo("/v1/segments/7"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"segment\":{\"id\":7}}")));
        server.stubFor(
                get(urlPathEqualTo("/v1/segments/8")).willReturn(aResponse().withStatus(401)));
        server.stubFor(get(urlPathEqualTo("/v1/segments/9"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"status\":\"404\",\"detail\":\"not found\"}]}")));
        server.stubFor(get(urlPathEqualTo("/v1/segments/10"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html>oops</html>")));
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:componentKey")
                        .to("customerio-customers:getSegment?segmentId=7")
                        .to("log:after?showAll=true&level=INFO");
            }
        };
    }

    @Test
    void componentKeyAppearsNowhereWithEveryLoggerAtTrace() {
        captureEverythingAt(Level.TRACE);

        template.sendBody("direct:componentKey", null);
        record(call("customerio-customers:getSegment?segmentId=8"));
        record(call("customerio-customers:getSegment?segmentId=9"));
        record(call("customerio-customers:getSegment?segmentId=10"));
        record(call("customerio-customers:getSegment"));
        record(call("customerio-customers:getSegment?segmentId=7&baseUrl=http://127.0.0.1:1"));

        assertThat(received()).extracting(r -> r.getHeader("Authorization")).containsOnly("Bearer " + API_KEY);
        assertThat(failures).hasSize(5);
        assertThat(logs.text())
                .as("HttpClient's header logger ran, with the credential masked")
                .contains("Authorization: ******")
                .contains("GET /v1/segments/7");
        assertThat(everything(context.getEndpoint(
                        "customerio-customers:getSegment?segmentId=7", CustomerIoCustomersEndpoint.class)))
                .doesNotContain(API_KEY);
    }

    /**
     * A key written into an endpoint URI is masked in the endpoint's URI, its toString and every log line of the
     * component, HttpClient and Camel's routing. (Camel core's own TRACE logger
     * {@code org.apache.camel.impl.engine.AbstractCamelContext} prints endpoint URIs as written while resolving them:
     * the documentation therefore recommends setting the key on the component.)
     */
    @Test
    void uriKeyIsMaskedInUrisAndLogs() {
        captureEverythingAt(Level.DEBUG);
        String uri = "customerio-customers:getSegment?segmentId=7&apiKey=" + URI_KEY;

        template.send(uri, exchange -> exchange.getMessage().setBody("x"));
        record(call("customerio-customers:getSegment?segmentId=8&apiKey=" + URI_KEY));
        record(call("customerio-customers:getSegment?segmentId=9&apiKey=" + URI_KEY));

        assertThat(received()).extracting(r -> r.getHeader("Authorization")).containsOnly("Bearer " + URI_KEY);
        assertThat(failures).hasSize(2);
        CustomerIoCustomersEndpoint endpoint = context.getEndpoint(uri, CustomerIoCustomersEndpoint.class);
        assertThat(endpoint.toString()).contains("apiKey=xxxxxx");
        assertThat(everything(endpoint)).doesNotContain(URI_KEY).doesNotContain(API_KEY);
    }

    /** The captured logs, the failures with their stack traces, and the string forms of the endpoints. */
    private String everything(CustomerIoCustomersEndpoint endpoint) {
        StringBuilder everything = new StringBuilder(logs.text());
        for (Throwable failure : failures) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            everything.append(failure).append(trace);
        }
        context.getEndpoints().forEach(each -> everything.append(each).append('\n'));
        everything
                .append(endpoint.getConfiguration())
                .append(endpoint.client().settings())
                .append(ApiKey.of(API_KEY));
        return everything.toString();
    }

    private void record(Exchange exchange) {
        if (exchange.getException() != null) {
            failures.add(exchange.getException());
        }
    }
}
