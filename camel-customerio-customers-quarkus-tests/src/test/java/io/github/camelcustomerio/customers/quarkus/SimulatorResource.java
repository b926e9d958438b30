package io.github.camelcustomerio.customers.quarkus;

import java.util.Map;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the App API simulator with the demo workspace before the application, and hands its root and key to the
 * application as the {@code CUSTOMERIO_BASE_URL} and {@code CUSTOMERIO_API_KEY} that {@code application.properties}
 * reads, as the environment would in production.
 */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

    /** Not the simulator's default key, so that a key reaching the service can only have come through the config. */
    static final String API_KEY = "quarkus-test-api-key";

    private CustomerIoSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = CustomerIoSimulator.builder()
                .dataset(Dataset.demo())
                .apiKey(API_KEY)
                .build()
                .start();
        return Map.of("CUSTOMERIO_BASE_URL", simulator.baseUrl(), "CUSTOMERIO_API_KEY", simulator.apiKey());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                simulator, new TestInjector.AnnotatedAndMatchesType(InjectSimulator.class, CustomerIoSimulator.class));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
