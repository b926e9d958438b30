package io.github.camelcustomerio.customers.example;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The whole application: which service it calls, the four jobs it shows, and how it ends. */
class ExampleApplicationTest {

    private static final String SERVICE_KEY = "workspace-key-4f1c";

    @TempDir
    Path exportFolder;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(printed, true, StandardCharsets.UTF_8));
    private CustomerIoSimulator service;

    @BeforeEach
    void startService() {
        // stands for the real App API when the environment holds a key
        service = CustomerIoSimulator.builder()
                .apiKey(SERVICE_KEY)
                .dataset(Dataset.demo())
                .rateLimit(0)
                .build()
                .start();
    }

    @AfterEach
    void stopService() {
        service.close();
    }

    @Test
    void withoutAnApiKeyItShowsTheFourJobsAgainstTheEmbeddedSimulatorAndEndsByItself() {
        Properties settings = fastDemo();

        int exitCode = run(Map.of(), settings);

        assertThat(exitCode).isZero();
        assertThat(printed())
                .containsSubsequence(
                        "== 1/4 Segment export",
                        "3 members of segment 7 written to " + exportFolder.resolve("segment-7.csv"),
                        "== 2/4 Person enrichment",
                        "\"first_name\" : \"Ana\"",
                        "== 3/4 Segment housekeeping",
                        "deleted segment",
                        "== 4/4 Activity follower",
                        "new activity:",
                        "new activity:",
                        "new activity:",
                        "== Done: all four jobs ran");
        assertThat(service.requestCount())
                .as("the service a key would select is left alone")
                .isZero();
    }

    @Test
    void withAnApiKeyItCallsTheServiceItIsConfiguredForAndStartsNoSimulator() {
        Properties settings = fastDemo();
        // application.properties reads the key with {{env:CUSTOMERIO_API_KEY}}, from the real environment
        settings.setProperty("camel.component.customerio-customers.api-key", SERVICE_KEY);
        settings.setProperty("camel.component.customerio-customers.base-url", service.baseUrl());
        settings.setProperty("example.demo.follow-seconds", "1");

        int exitCode = run(Map.of("CUSTOMERIO_API_KEY", SERVICE_KEY), settings);

        assertThat(exitCode).isZero();
        assertThat(service.requests())
                .extracting(RecordedRequest::path)
                .contains(
                        "/v1/segments/7/membership",
                        "/v1/customers",
                        "/v1/segments",
                        "/v1/customers/user-17/activities");
        assertThat(printed())
                .as("nobody makes the followed person active but the simulator")
                .contains("no further new activity within 1 s", "== Done: all four jobs ran")
                .doesNotContain("new activity:");
    }

    @Test
    void aRejectedKeyFailsTheJobsWithoutShowingTheKeyAndExitsWithOne() {
        String wrongKey = "revoked-key-77aa";
        Properties settings = fastDemo();
        settings.setProperty("camel.component.customerio-customers.api-key", wrongKey);
        settings.setProperty("camel.component.customerio-customers.base-url", service.baseUrl());
        settings.setProperty("example.demo.follow-seconds", "1");

        int exitCode = run(Map.of("CUSTOMERIO_API_KEY", wrongKey), settings);

        assertThat(exitCode).isEqualTo(1);
        assertThat(printed())
                .contains("failed:", "401", "Done, but these jobs failed")
                .doesNotContain(wrongKey);
    }

    private Properties fastDemo() {
        Properties settings = new Properties();
        settings.setProperty("example.export.folder", exportFolder.toString());
        settings.setProperty("example.simulator.activity-period", "100");
        settings.setProperty("example.follower.poll-delay", "50");
        return settings;
    }

    private int run(Map<String, String> environment, Properties settings) {
        return assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> ExampleApplication.run(environment, console, settings));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
