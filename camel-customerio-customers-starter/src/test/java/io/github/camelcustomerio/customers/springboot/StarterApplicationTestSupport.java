package io.github.camelcustomerio.customers.springboot;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the tests of the Spring Boot application share: the simulator it calls, one for the test JVM, with the demo
 * workspace and the key written in the tests' application.properties; its address reaches the application as the
 * property {@code simulator.base-url}. And the application's CamelContext and a template to call its endpoints.
 */
abstract class StarterApplicationTestSupport {

    static final String API_KEY = "sb-test-key-5f1c2e9a";

    static final CustomerIoSimulator SIMULATOR = CustomerIoSimulator.builder()
            .dataset(Dataset.demo())
            .apiKey(API_KEY)
            .rateLimit(0)
            .build()
            .start();

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate template;

    @DynamicPropertySource
    static void simulatorAddress(DynamicPropertyRegistry registry) {
        registry.add("simulator.base-url", SIMULATOR::baseUrl);
    }
}
