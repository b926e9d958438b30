package io.github.camelcustomerio.customers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM of {@link WithoutMicrometerTest}: a producer call and a consumer's walk against the simulator, printing what
 * they got, on a class path that may lack Micrometer (it logs whether it has it).
 */
public final class WithoutMicrometerProcess {

    private static final Logger LOG = LoggerFactory.getLogger(WithoutMicrometerProcess.class);

    private WithoutMicrometerProcess() {}

    public static void main(String[] args) throws Exception {
        LOG.info("micrometer {}", hasMicrometer() ? "present" : "absent");
        List<String> members = new CopyOnWriteArrayList<>();
        CountDownLatch walked = new CountDownLatch(2);
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                        .dataset(Dataset.demo())
                        .rateLimit(0)
                        .build()
                        .start();
                DefaultCamelContext context = new DefaultCamelContext()) {
            CustomerIoCustomersComponent component = new CustomerIoCustomersComponent();
            component.getConfiguration().setApiKey(simulator.apiKey());
            component.getConfiguration().setBaseUrl(simulator.baseUrl());
            context.addComponent("customerio-customers", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("customerio-customers:getSegmentMembership?segmentId=42&repeatCount=1")
                            .process(exchange -> {
                                members.add(String.valueOf(
                                        exchange.getMessage().getBody(Map.class).get("id")));
                                walked.countDown();
                            });
                }
            });
            context.start();
            Map<?, ?> answer = context.createProducerTemplate()
                    .requestBody("customerio-customers:getSegment?segmentId=42", null, Map.class);
            if (!walked.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the consumer handed " + members);
            }
            LOG.info(
                    "segment {}; members {}",
                    ((Map<?, ?>) answer.get("segment")).get("name"),
                    members.stream().sorted().toList());
        }
    }

    private static boolean hasMicrometer() {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
