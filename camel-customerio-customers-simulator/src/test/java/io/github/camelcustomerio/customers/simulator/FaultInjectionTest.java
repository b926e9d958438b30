package io.github.camelcustomerio.customers.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelcustomerio.customers.simulator.faults.Fault;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest extends SimulatorTestSupport {

    @Test
    void statusFaultsAnswerAnErrorList() {
        simulator.faults().add(Fault.status(503));

        ApiClient.Reply reply = api.get("/v1/segments/7");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(reply.header("Retry-After")).isNull();
        assertThat(reply.text()).isEqualTo("{\"errors\":[{\"detail\":\"service unavailable\",\"status\":\"503\"}]}");
    }

    @Test
    void statusFaultsMayCarryRetryAfter() {
        simulator.faults().add(Fault.status(429).retryAfter(2));

        ApiClient.Reply reply = api.get("/v1/segments/7");

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Retry-After")).isEqualTo("2");
        assertThat(reply.json().at("/errors/0/detail").asText()).startsWith("rate limited to 10 requests per 1s");
        assertThat(simulator.rateLimited())
                .as("injected 429s are not the limiter's")
                .isZero();
    }

    @Test
    void htmlGatewayPages() {
        simulator.faults().add(Fault.status(502).htmlBody());

        ApiClient.Reply reply = api.get("/v1/segments/7");

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.text()).contains("<title>502 Bad Gateway</title>");
    }

    @Test
    void faultsComeBeforeAuthentication() {
        simulator.faults().add(Fault.status(500));

        assertThat(api.withAuthorization(null).get("/v1/segments/7").status()).isEqualTo(500);
    }

    @Test
    void delayedRequestsAreAnsweredNormallyAfterTheDelay() {
        simulator.faults().add(Fault.delay(Duration.ofMillis(300)).times(1));

        long started = System.nanoTime();
        ApiClient.Reply reply = api.get("/v1/segments/7");
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/segment/id").asInt()).isEqualTo(7);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void droppedConnectionsGiveTheClientAnIOException() {
        simulator.faults().add(Fault.dropConnection());
        ApiClient fresh = api.withFreshConnections();

        assertThatThrownBy(() -> fresh.sendOrThrow("GET", "/v1/segments/7", null))
                .isInstanceOf(IOException.class);
        assertThat(simulator.requests())
                .isNotEmpty()
                .allSatisfy(request -> assertThat(request.status()).isZero());
    }

    @Test
    void truncatedBodiesAreHalfOfTheRealAnswer() {
        String real = api.get("/v1/segments/7").text();
        simulator.faults().add(Fault.truncatedBody());

        ApiClient.Reply reply = api.get("/v1/segments/7");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(reply.text()).isEqualTo(real.substring(0, real.length() / 2));
        assertThatThrownBy(reply::json).isInstanceOf(RuntimeException.class);
    }

    @Test
    void garbageEmptyAndForeignContentTypes() {
        simulator.faults().add(Fault.garbageBody().times(1));
        simulator.faults().add(Fault.emptyBody().times(1));
        simulator.faults().add(Fault.contentType("text/plain").times(1));

        ApiClient.Reply garbage = api.get("/v1/segments/7");
        assertThat(garbage.status()).isEqualTo(200);
        assertThat(garbage.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThatThrownBy(garbage::json).isInstanceOf(RuntimeException.class);

        ApiClient.Reply empty = api.get("/v1/segments/7");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(empty.body()).isEmpty();

        ApiClient.Reply text = api.get("/v1/segments/7");
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.header("Content-Type")).isEqualTo("text/plain");
        assertThat(text.text()).isNotBlank();

        assertThat(api.get("/v1/segments/7").status()).isEqualTo(200);
    }

    @Test
    void onRequestHitsOnlyTheNthRequest() {
        simulator.faults().add(Fault.status(500).onRequest(3));

        assertThat(statuses(5, "/v1/segments/7")).containsExactly(200, 200, 500, 200, 200);
    }

    @Test
    void onRequestWithTimesHitsARun() {
        simulator.faults().add(Fault.status(500).onRequest(2).times(2));

        assertThat(statuses(5, "/v1/segments/7")).containsExactly(200, 500, 500, 200, 200);
    }

    @Test
    void timesHitsTheNextKRequests() {
        simulator.faults().add(Fault.status(503).times(2));

        assertThat(statuses(4, "/v1/segments/7")).containsExactly(503, 503, 200, 200);
    }

    @Test
    void fractionsAreDeterministicForASeed() {
        simulator.faults().add(Fault.status(500).fraction(0.3, 99));
        List<Integer> first = statuses(200, "/v1/object_types");
        simulator.faults().clear();
        simulator.faults().add(Fault.status(500).fraction(0.3, 99));
        List<Integer> second = statuses(200, "/v1/object_types");

        assertThat(second).isEqualTo(first);
        long failures = first.stream().filter(status -> status == 500).count();
        assertThat(failures).isBetween(35L, 85L);
    }

    @Test
    void matchingRestrictsMethodAndPath() {
        simulator.faults().add(Fault.status(503).matching("GET", "/v1/segments/\\d+/membership"));

        assertThat(api.get("/v1/segments/7/membership").status()).isEqualTo(503);
        assertThat(api.get("/v1/segments/7").status()).isEqualTo(200);
        assertThat(api.post("/v1/customers", "{\"filter\":{\"segment\":{\"id\":7}}}")
                        .status())
                .isEqualTo(200);

        simulator.faults().clear();
        simulator.faults().add(Fault.status(503).matching(null, "/v1/customers"));
        assertThat(api.post("/v1/customers", "{\"filter\":{\"segment\":{\"id\":7}}}")
                        .status())
                .isEqualTo(503);
        assertThat(api.get("/v1/customers/user-17/attributes").status()).isEqualTo(200);
    }

    @Test
    void faultsCountOnlyTheRequestsTheyMatch() {
        simulator
                .faults()
                .add(Fault.status(500).matching("GET", "/v1/segments/7").onRequest(2));

        assertThat(api.get("/v1/object_types").status()).isEqualTo(200);
        assertThat(api.get("/v1/segments/7").status()).isEqualTo(200);
        assertThat(api.get("/v1/object_types").status()).isEqualTo(200);
        assertThat(api.get("/v1/segments/7").status()).isEqualTo(500);
    }

    @Test
    void faultsApplyInOrderAndAtMostOnePerRequest() {
        simulator.faults().add(Fault.status(502).times(1)).add(Fault.status(504).onRequest(2));

        assertThat(statuses(3, "/v1/segments/7")).containsExactly(502, 504, 200);
        assertThat(simulator.faults().size()).isEqualTo(2);
        simulator.faults().clear();
        assertThat(simulator.faults().size()).isZero();
    }

    @Test
    void addedFaultsAreSnapshots() {
        Fault fault = Fault.status(500);
        simulator.faults().add(fault);
        fault.times(0);

        assertThat(api.get("/v1/segments/7").status()).isEqualTo(500);
    }

    @Test
    void faultOptionsAreChecked() {
        assertThatThrownBy(() -> Fault.delay(Duration.ofSeconds(1)).retryAfter(1))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Fault.emptyBody().htmlBody()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Fault.status(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.status(500).onRequest(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.status(500).fraction(1.5, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Integer> statuses(int count, String path) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(api.get(path).status());
        }
        return statuses;
    }
}
