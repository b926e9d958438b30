package io.github.camelcustomerio.customers.simulator;

import io.github.camelcustomerio.customers.simulator.workspace.Workspace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorOptionsTest {

    @Test
    void defaults() {
        SimulatorOptions options = SimulatorOptions.parse();

        assertThat(options).isEqualTo(new SimulatorOptions("127.0.0.1", 8080, "demo", "sim-api-key", 10, 0, 16, false));
    }

    @Test
    void everyOption() {
        SimulatorOptions options = SimulatorOptions.parse(
                "--port",
                "0",
                "--host",
                "0.0.0.0",
                "--dataset",
                "empty",
                "--api-key",
                "k",
                "--rate-limit",
                "0",
                "--daily-quota",
                "1000",
                "--threads",
                "4");

        assertThat(options).isEqualTo(new SimulatorOptions("0.0.0.0", 0, "empty", "k", 0, 1000, 4, false));
    }

    @Test
    void equalsSignForm() {
        SimulatorOptions options = SimulatorOptions.parse("--port=9090", "--dataset=synthetic:900:1000:7");

        assertThat(options.port()).isEqualTo(9090);
        assertThat(options.dataset()).isEqualTo("synthetic:900:1000:7");
    }

    @Test
    void help() {
        assertThat(SimulatorOptions.parse("--help").help()).isTrue();
        assertThat(SimulatorOptions.parse("-h").help()).isTrue();
        assertThat(SimulatorOptions.USAGE).contains("--dataset", "--api-key", "--rate-limit", "--port");
    }

    @Test
    void badArguments() {
        assertThatThrownBy(() -> SimulatorOptions.parse("--port")).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> SimulatorOptions.parse("--port", "http"))
                .hasMessageContaining("--port must be an integer");
        assertThatThrownBy(() -> SimulatorOptions.parse("--port", "70000")).hasMessageContaining("from 0 to 65535");
        assertThatThrownBy(() -> SimulatorOptions.parse("--rate-limit", "-1")).hasMessageContaining("--rate-limit");
        assertThatThrownBy(() -> SimulatorOptions.parse("--verbose", "x"))
                .hasMessageContaining("unknown option --verbose");
        assertThatThrownBy(() -> SimulatorOptions.parse("--api-key", " ")).hasMessageContaining("--api-key");
    }

    @Test
    void datasetSpecifications() {
        assertThat(SimulatorOptions.parse("--dataset", "demo").loadDataset().name())
                .isEqualTo("demo");
        assertThat(SimulatorOptions.parse("--dataset", "empty").loadDataset().name())
                .isEqualTo("empty");

        Workspace synthetic = new Workspace();
        SimulatorOptions.parse("--dataset", "synthetic:900:5000").loadDataset().applyTo(synthetic);
        assertThat(synthetic.segmentMemberCount(900)).isEqualTo(5000);
        Workspace seeded = new Workspace();
        SimulatorOptions.parse("--dataset", "synthetic:900:5000:42")
                .loadDataset()
                .applyTo(seeded);
        assertThat(seeded.syntheticPerson(900, 3)).isEqualTo(synthetic.syntheticPerson(900, 3));

        assertThatThrownBy(() ->
                        SimulatorOptions.parse("--dataset", "synthetic:900").loadDataset())
                .hasMessageContaining("synthetic:<segmentId>:<members>[:seed]");
        assertThatThrownBy(() -> SimulatorOptions.parse("--dataset", "/no/such/file.json")
                        .loadDataset())
                .hasMessageContaining("no such file");
    }

    @Test
    void optionsConfigureTheSimulator() {
        SimulatorOptions options = SimulatorOptions.parse(
                "--port", "0", "--api-key", "cli-key", "--rate-limit", "7", "--dataset", "empty");
        try (CustomerIoSimulator simulator =
                options.toBuilder(options.loadDataset()).build().start()) {
            assertThat(simulator.apiKey()).isEqualTo("cli-key");
            assertThat(simulator.rateLimit()).isEqualTo(7);
            assertThat(simulator.port()).isPositive();
        }
    }
}
