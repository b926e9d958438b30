package io.github.camelcustomerio.customers.simulator;

import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh simulator per test, and a client for it; the demo workspace without a rate limit unless a test says. */
abstract class SimulatorTestSupport {

    protected CustomerIoSimulator simulator;
    protected ApiClient api;

    /** The simulator each test gets; override to change its dataset, key, clock or limits. */
    protected CustomerIoSimulator.Builder simulatorBuilder() {
        return CustomerIoSimulator.builder().dataset(Dataset.demo()).rateLimit(0);
    }

    @BeforeEach
    void startSimulator() {
        simulator = simulatorBuilder().build().start();
        api = ApiClient.of(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }
}
