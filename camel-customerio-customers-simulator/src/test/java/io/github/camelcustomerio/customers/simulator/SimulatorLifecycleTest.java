package io.github.camelcustomerio.customers.simulator;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorLifecycleTest {

    @Test
    void defaults() {
        try (CustomerIoSimulator simulator =
                CustomerIoSimulator.builder().build().start()) {
            assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + simulator.port());
            assertThat(simulator.port()).isPositive();
            assertThat(simulator.apiKey()).isEqualTo("sim-api-key");
            assertThat(simulator.rateLimit()).isEqualTo(10);
            assertThat(simulator.workspace().people()).isEmpty();
            assertThat(ApiClient.of(simulator).get("/v1/object_types").text()).isEqualTo("{\"types\":[]}");
        }
    }

    @Test
    void closeStopsPromptlyAndIsIdempotent() {
        CustomerIoSimulator simulator =
                CustomerIoSimulator.builder().dataset(Dataset.demo()).build().start();
        ApiClient api = ApiClient.of(simulator);
        assertThat(api.get("/v1/segments/7").status()).isEqualTo(200);

        long started = System.nanoTime();
        simulator.close();
        simulator.close();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(2000);
        assertThatThrownBy(() -> api.withFreshConnections().sendOrThrow("GET", "/v1/segments/7", null))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(simulator::port).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSimulatorStartsOnce() {
        try (CustomerIoSimulator simulator =
                CustomerIoSimulator.builder().build().start()) {
            assertThatThrownBy(simulator::start).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theWorkspaceIsReadyBeforeStart() {
        CustomerIoSimulator simulator =
                CustomerIoSimulator.builder().dataset(Dataset.demo()).build();

        assertThat(simulator.workspace().personCount()).isEqualTo(8);
        assertThatThrownBy(simulator::baseUrl).isInstanceOf(IllegalStateException.class);
        simulator.close();
    }

    @Test
    void builderRejectsNonsense() {
        assertThatThrownBy(() -> CustomerIoSimulator.builder().port(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomerIoSimulator.builder().apiKey("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomerIoSimulator.builder().rateLimit(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomerIoSimulator.builder().threads(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTakenPortIsReported() {
        try (CustomerIoSimulator first = CustomerIoSimulator.builder().build().start()) {
            CustomerIoSimulator second =
                    CustomerIoSimulator.builder().port(first.port()).build();
            assertThatThrownBy(second::start)
                    .isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageContaining(Integer.toString(first.port()));
        }
    }
}
