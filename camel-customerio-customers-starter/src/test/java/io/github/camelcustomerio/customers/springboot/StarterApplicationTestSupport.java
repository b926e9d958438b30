package io.github.camelcustomerio.customers.springboot;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The simulator the Spring Boot tests call, one for the test JVM, with the demo workspace and the key written in the
 * tests' application.properties. Its address reaches the application as the property {@code simulator.base-url}.
 */
final class SimulatorForSpringBoot {

    static final String API_KEY = "sb-test-key-5f1c2e9a";

    static final CustomerIoSimulator SIMULATOR = CustomerIoSimulator.builder()
            .dataset(Dataset.demo())
            .apiKey(API_KEY)
            .rateLimit(0)
            .build()
            .start();

    private SimulatorForSpringBoot() {}

    static void register(DynamicPropertyRegistry registry) {
        registry.add("simulator.base-url", SIMULATOR::baseUrl);
    }
}
