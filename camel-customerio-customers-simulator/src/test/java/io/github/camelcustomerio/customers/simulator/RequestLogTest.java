package io.github.camelcustomerio.customers.simulator;

import java.util.List;

import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLogTest {

    @Test
    void requestsAreRecordedInArrivalOrder() {
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .dataset(Dataset.demo())
                .rateLimit(0)
                .build()
                .start()) {
            ApiClient api = ApiClient.of(simulator);
            api.get("/v1/customers/ana%40acme.test/attributes?id_type=email&x=a+b");
            api.post("/v1/customers?limit=2", "{\"filter\":{\"segment\":{\"id\":7}}}");
            api.get("/v1/segments/999");

            List<RecordedRequest> requests = simulator.requests();
            assertThat(requests).hasSize(3);
            assertThat(simulator.requestCount()).isEqualTo(3);

            RecordedRequest first = requests.get(0);
            assertThat(first.method()).isEqualTo("GET");
            assertThat(first.path()).isEqualTo("/v1/customers/ana@acme.test/attributes");
            assertThat(first.rawPath()).isEqualTo("/v1/customers/ana%40acme.test/attributes");
            assertThat(first.rawQuery()).isEqualTo("id_type=email&x=a+b");
            assertThat(first.query()).containsEntry("id_type", "email").containsEntry("x", "a b");
            assertThat(first.header("authorization")).isEqualTo("Bearer sim-api-key");
            assertThat(first.header("AUTHORIZATION")).isEqualTo("Bearer sim-api-key");
            assertThat(first.body()).isEmpty();
            assertThat(first.status()).isEqualTo(200);

            RecordedRequest second = requests.get(1);
            assertThat(second.method()).isEqualTo("POST");
            assertThat(second.body()).isEqualTo("{\"filter\":{\"segment\":{\"id\":7}}}");
            assertThat(second.header("content-type")).isEqualTo("application/json");

            assertThat(requests.get(2).status()).isEqualTo(404);
            assertThat(requests.get(2).rawQuery()).isNull();
            assertThat(requests.get(2).query()).isEmpty();

            simulator.clearRequests();
            assertThat(simulator.requests()).isEmpty();
            assertThat(simulator.requestCount()).isZero();
        }
    }

    @Test
    void theLogIsBoundedButTheCountIsNot() {
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .rateLimit(0)
                .requestLogSize(5)
                .build()
                .start()) {
            ApiClient api = ApiClient.of(simulator);
            for (int i = 0; i < 12; i++) {
                api.get("/v1/object_types?n=" + i);
            }

            assertThat(simulator.requestCount()).isEqualTo(12);
            assertThat(simulator.requests())
                    .extracting(request -> request.query().get("n"))
                    .containsExactly("7", "8", "9", "10", "11");
        }
    }

    @Test
    void aZeroSizedLogOnlyCounts() {
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .rateLimit(0)
                .requestLogSize(0)
                .build()
                .start()) {
            ApiClient.of(simulator).get("/v1/object_types");

            assertThat(simulator.requests()).isEmpty();
            assertThat(simulator.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void rateLimitedAnswersAreRecordedWithTheirStatus() {
        try (CustomerIoSimulator simulator =
                CustomerIoSimulator.builder().rateLimit(1).build().start()) {
            ApiClient api = ApiClient.of(simulator);
            api.get("/v1/object_types");
            api.get("/v1/object_types");

            assertThat(simulator.requests()).extracting(RecordedRequest::status).containsExactly(200, 429);
        }
    }
}
