package io.github.camelcustomerio.customers.example;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.RecordedRequest;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the example's Camel Main (its YAML and Java routes, beans and application.properties) against a fresh
 * simulator owned by the test, as a user would point it at their workspace: only the key, the base URL and the
 * export folder are overridden. The jobs are not run on their own; tests send to their routes.
 */
abstract class ExampleTestSupport {

    @TempDir
    Path exportFolder;

    protected CustomerIoSimulator simulator;
    protected Main main;
    protected ProducerTemplate template;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    /** The workspace of the next test; override to add to the demo. */
    protected Dataset dataset() {
        return Dataset.demo();
    }

    /** Settings of the next test, over application.properties; override to add some. */
    protected Properties settings() {
        Properties settings = new Properties();
        settings.setProperty("camel.component.customerio-customers.api-key", simulator.apiKey());
        settings.setProperty("camel.component.customerio-customers.base-url", simulator.baseUrl());
        settings.setProperty("example.export.folder", exportFolder.toString());
        return settings;
    }

    @BeforeEach
    void startExample() throws Exception {
        simulator = CustomerIoSimulator.builder()
                .apiKey("example-test-key")
                .dataset(dataset())
                .rateLimit(0)
                .build()
                .start();
        main = ExampleApplication.newMain(
                new Console(new PrintStream(printed, true, StandardCharsets.UTF_8)), settings());
        main.start();
        template = context().createProducerTemplate();
    }

    @AfterEach
    void stopExample() throws Exception {
        if (main != null) {
            main.stop();
        }
        simulator.close();
    }

    protected CamelContext context() {
        return main.getCamelContext();
    }

    protected Workspace workspace() {
        return simulator.workspace();
    }

    /** What the example has printed on its console so far. */
    protected String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    protected List<String> printedLines() {
        return printed().lines().map(String::strip).toList();
    }

    /** The requests the simulator received, as "METHOD path". */
    protected List<String> calls() {
        return simulator.requests().stream().map(ExampleTestSupport::call).toList();
    }

    private static String call(RecordedRequest request) {
        return request.method() + " " + request.path();
    }
}
