package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.camelcustomerio.customers.api.CustomerIoApiException;
import io.github.camelcustomerio.customers.api.CustomerIoException;
import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.github.camelcustomerio.customers.simulator.faults.Fault;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fault kind once, on the first attempt of a read call, a read-only POST search and createManSegment: what
 * the route gets (the answer, after how many attempts, or which exception). The outcomes are also rendered as the
 * fault matrix table of the documentation page, which must match (run with -Ddocs.update=true to refresh it).
 */
class FaultMatrixTest extends SimulatorTestSupport {

    static final String OPTIONS = "maxRetries=3&retryBackoff=10&responseTimeout=1000&callTimeout=3000";

    /** The three kinds of call the retry rules tell apart. */
    enum Call {
        READ("getSegment (GET)", "customerio-customers:getSegment?segmentId=7", "GET", "/v1/segments/7", null),
        SEARCH(
                "getPeopleFilter (read-only POST)",
                "customerio-customers:getPeopleFilter",
                "POST",
                "/v1/customers",
                "{\"segment\":{\"id\":7}}"),
        CREATE(
                "createManSegment (POST)",
                "customerio-customers:createManSegment",
                "POST",
                "/v1/segments",
                "{\"name\":\"matrix\"}");

        final String label;
        final String uri;
        final String method;
        final String path;
        final String body;

        Call(String label, String uri, String method, String path, String body) {
            this.label = label;
            this.uri = uri;
            this.method = method;
            this.path = path;
            this.body = body;
        }
    }

    /**
     * A fault on the first attempt, and the outcome expected for each call. {@code serviceActs}: the service did the
     * work before the fault spoiled its answer (a truncated body), so createManSegment creates a segment although
     * the route gets an exception, which is why it is never sent again after an unreadable answer.
     */
    record Row(String fault, Supplier<Fault> inject, String read, String search, String create, boolean serviceActs) {

        Row(String fault, Supplier<Fault> inject, String read, String search, String create) {
            this(fault, inject, read, search, create, false);
        }

        String expected(Call call) {
            return switch (call) {
                case READ -> read;
                case SEARCH -> search;
                case CREATE -> create;
            };
        }
    }

    static final String RECOVERED_2 = "recovered after 2 attempts";

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "429 with Retry-After: 1",
                () -> Fault.status(429).retryAfter(1),
                RECOVERED_2,
                RECOVERED_2,
                RECOVERED_2));
        rows.add(new Row(
                "429 without Retry-After (daily quota)",
                () -> Fault.status(429),
                RECOVERED_2,
                RECOVERED_2,
                RECOVERED_2));
        for (int status : new int[] {500, 502, 503, 504}) {
            rows.add(new Row(
                    status + "",
                    () -> Fault.status(status),
                    RECOVERED_2,
                    RECOVERED_2,
                    "CustomerIoApiException " + status + " after 1 attempt"));
        }
        rows.add(new Row(
                "502 with an HTML gateway page",
                () -> Fault.status(502).htmlBody(),
                RECOVERED_2,
                RECOVERED_2,
                "CustomerIoApiException 502 after 1 attempt"));
        rows.add(new Row(
                "connection reset, no answer",
                Fault::dropConnection,
                RECOVERED_2,
                RECOVERED_2,
                "CustomerIoTransportException after 1 attempt"));
        rows.add(new Row(
                "no answer within responseTimeout",
                () -> Fault.delay(Duration.ofMillis(1500)),
                RECOVERED_2,
                RECOVERED_2,
                "CustomerIoTransportException after 1 attempt"));
        rows.add(new Row("200 with truncated JSON", Fault::truncatedBody, invalid(), invalid(), invalid(), true));
        rows.add(new Row("200 with a body that is not JSON", Fault::garbageBody, invalid(), invalid(), invalid()));
        rows.add(new Row("200 with an empty body", Fault::emptyBody, invalid(), invalid(), invalid()));
        rows.add(new Row(
                "200 with an HTML page", () -> Fault.contentType("text/html"), invalid(), invalid(), invalid()));
        return rows;
    }

    static String invalid() {
        return "CustomerIoInvalidResponseException 200 after 1 attempt";
    }

    @Override
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().dataset(Dataset.demo());
    }

    @Test
    void everyFaultOnEveryKindOfCall() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        List<String> table = new ArrayList<>();
        try (LogCapture logs = LogCapture.everythingAt(Level.TRACE)) {
            runMatrix(softly, table);
            softly.assertThat(logs.text())
                    .as("log lines of the whole matrix at TRACE")
                    .contains("attempt 1 failed")
                    .doesNotContain(simulator.apiKey());
        }
        softly.assertThat(failureTexts)
                .as("every exception of the matrix, with its stack trace")
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text).doesNotContain(simulator.apiKey()));
        softly.assertAll();
        DocumentationTables.check(
                "fault matrix",
                "[width=\"100%\",cols=\"3,3,4\",options=\"header\"]\n|===\n" + "| Fault | Call | Outcome\n"
                        + String.join("\n", table) + "\n|===\n");
    }

    private final List<String> failureTexts = new ArrayList<>();

    private void runMatrix(SoftAssertions softly, List<String> table) throws IOException {
        for (Row row : rows()) {
            for (Call call : Call.values()) {
                simulator.faults().clear();
                simulator
                        .faults()
                        .add(row.inject().get().matching(call.method, call.path).times(1));
                simulator.clearRequests();
                int segmentsBefore = workspace().segments().size();

                String outcome = outcome(
                        call(call.uri + (call.uri.contains("?") ? "&" : "?") + OPTIONS, call.body),
                        simulator.requests().size());

                softly.assertThat(outcome)
                        .as("%s on %s", row.fault(), call.label)
                        .isEqualTo(row.expected(call));
                if (call == Call.CREATE) {
                    int created = workspace().segments().size() - segmentsBefore;
                    softly.assertThat(created)
                            .as("segments created by %s under %s", call.label, row.fault())
                            .isEqualTo(outcome.startsWith("recovered") || row.serviceActs() ? 1 : 0);
                }
                table.add("| " + row.fault() + " | " + call.label + " | " + outcome);
            }
        }
        table.addAll(connectionRefused(softly));
        table.addAll(stall(softly));
    }

    /** Nothing listens: nothing was sent, so every call, createManSegment included, is retried up to maxRetries. */
    private List<String> connectionRefused(SoftAssertions softly) {
        List<String> rows = new ArrayList<>();
        for (Call call : Call.values()) {
            Exchange exchange = call(
                    call.uri + (call.uri.contains("?") ? "&" : "?") + OPTIONS + "&baseUrl=http://127.0.0.1:1",
                    call.body);
            String outcome = outcome(exchange, -1);
            softly.assertThat(outcome)
                    .as("connection refused on %s", call.label)
                    .isEqualTo("CustomerIoTransportException after 4 attempts");
            rows.add("| connection refused (all attempts) | " + call.label + " | " + outcome);
        }
        return rows;
    }

    /** The server answers its headers, then trickles the body, a byte every 200 ms, past callTimeout. */
    private List<String> stall(SoftAssertions softly) throws IOException {
        try (TricklingServer stalling = new TricklingServer(200)) {
            List<String> rows = new ArrayList<>();
            for (Call call : Call.values()) {
                long started = System.nanoTime();
                Exchange exchange = call(
                        call.uri + (call.uri.contains("?") ? "&" : "?") + OPTIONS + "&baseUrl=" + stalling.baseUrl(),
                        call.body);
                long tookMillis = (System.nanoTime() - started) / 1_000_000;
                String outcome = outcome(exchange, -1);
                softly.assertThat(outcome)
                        .as("stall on %s", call.label)
                        .isEqualTo("CustomerIoTransportException after 1 attempt");
                softly.assertThat(tookMillis)
                        .as("a stall holds %s no longer than callTimeout", call.label)
                        .isBetween(2_900L, 3_500L);
                softly.assertThat(exchange.getException())
                        .hasMessageContaining("did not complete within callTimeout 3000 ms");
                rows.add("| server stalls mid-answer past callTimeout | " + call.label + " | " + outcome);
            }
            softly.assertThat(stalling.requests()).isEqualTo(3);
            return rows;
        }
    }

    private Exchange call(String uri, String body) {
        Exchange exchange = template.send(uri, each -> each.getMessage().setBody(body));
        if (exchange.getException() != null) {
            java.io.StringWriter trace = new java.io.StringWriter();
            exchange.getException().printStackTrace(new java.io.PrintWriter(trace));
            failureTexts.add(exchange.getException() + "\n" + trace);
        }
        return exchange;
    }

    /** "recovered after N attempts" or "ExceptionType [status] after N attempts". */
    private static String outcome(Exchange exchange, int requestsReceived) {
        Exception failure = exchange.getException();
        if (failure == null) {
            assertThat(exchange.getMessage().getBody()).isInstanceOf(Map.class);
            return "recovered after " + requestsReceived + " attempts";
        }
        assertThat(failure).isInstanceOf(CustomerIoException.class);
        CustomerIoException error = (CustomerIoException) failure;
        if (requestsReceived >= 0) {
            assertThat(error.getAttempts())
                    .as("attempts counted = requests received")
                    .isEqualTo(requestsReceived);
        }
        String status = failure instanceof CustomerIoApiException api ? " " + api.getStatusCode() : "";
        int attempts = error.getAttempts();
        return failure.getClass().getSimpleName() + status + " after " + attempts
                + (attempts == 1 ? " attempt" : " attempts");
    }
}
