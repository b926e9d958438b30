package io.github.camelcustomerio.customers.example;

import java.util.Map;
import java.util.Properties;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The example: four jobs people do with the Customer.io App API, as Camel routes (YAML under
 * {@code src/main/resources/routes}, Java in {@link PersonEnrichmentRoute}), configured by
 * {@code application.properties}.
 * <p>
 * With {@code CUSTOMERIO_API_KEY} in the environment it calls the real service (region from
 * {@code CUSTOMERIO_REGION}, US by default). Without it, it starts the embedded App API simulator with its demo
 * workspace and points the component at it.
 */
public final class ExampleApplication {

    static final String API_KEY_VARIABLE = "CUSTOMERIO_API_KEY";
    static final String REGION_VARIABLE = "CUSTOMERIO_REGION";

    private static final Logger LOG = LoggerFactory.getLogger(ExampleApplication.class);
    private static final String COMPONENT = "camel.component.customerio-customers.";

    private ExampleApplication() {}

    public static void main(String[] args) throws Exception {
        int exitCode = run(System.getenv(), new Console(System.out), new Properties(), args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * Runs the jobs until they are done (or until Ctrl+C when following) and answers the exit code.
     *
     * @param settings properties that win over application.properties
     * @param args     Camel Main's command-line options
     */
    static int run(Map<String, String> environment, Console console, Properties settings, String... args)
            throws Exception {
        String apiKey = environment.get(API_KEY_VARIABLE);
        if (apiKey != null && !apiKey.isBlank()) {
            LOG.info(
                    "{} is set: calling the Customer.io App API, region {}",
                    API_KEY_VARIABLE,
                    environment.getOrDefault(REGION_VARIABLE, "US"));
            return runJobs(newMain(console, settings), console, args);
        }
        try (CustomerIoSimulator simulator =
                CustomerIoSimulator.builder().dataset(Dataset.demo()).build().start()) {
            LOG.info(
                    "No {} in the environment: calling the embedded Customer.io App API simulator at {} instead,"
                            + " with its demo workspace and the real service's limit of {} requests/s."
                            + " Set {} (and {}=EU for an EU workspace) to use your own workspace.",
                    API_KEY_VARIABLE,
                    simulator.baseUrl(),
                    simulator.rateLimit(),
                    API_KEY_VARIABLE,
                    REGION_VARIABLE);
            Properties withSimulator = new Properties();
            withSimulator.putAll(settings);
            withSimulator.setProperty(COMPONENT + "api-key", simulator.apiKey());
            withSimulator.setProperty(COMPONENT + "base-url", simulator.baseUrl());
            Main main = newMain(console, withSimulator);
            main.configure().addRoutesBuilder(new SimulatedActivityRoute(simulator.workspace()));
            return runJobs(main, console, args);
        }
    }

    /**
     * The example's Camel Main, not started: the YAML routes (camel.main.routes-include-pattern), the Java route,
     * the beans the routes use, and application.properties overridden by {@code settings}.
     */
    static Main newMain(Console console, Properties settings) {
        Main main = new Main();
        main.bind("console", console);
        main.bind("memberCsv", new SegmentMemberCsv());
        main.configure().addRoutesBuilder(new PersonEnrichmentRoute());
        settings.stringPropertyNames().forEach(name -> main.addOverrideProperty(name, settings.getProperty(name)));
        return main;
    }

    private static int runJobs(Main main, Console console, String... args) throws Exception {
        JobRunner jobs = new JobRunner(console);
        main.addMainListener(jobs);
        int exitCode = main.run(args);
        return jobs.failedJobs().isEmpty() ? exitCode : 1;
    }
}
