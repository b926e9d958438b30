package io.github.camelcustomerio.customers.springboot;

import io.github.camelcustomerio.customers.CustomerIoCustomersComponent;
import io.github.camelcustomerio.customers.Region;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring Boot application of the tests: the starter, a Java route, and the YAML routes under routes/. */
@SpringBootApplication
public class StarterTestApplication {

    /** The bean application.properties names as the consumers' state repository. */
    @Bean
    StateRepository<String, String> memberPositions() {
        return new MemoryStateRepository();
    }

    /** A second component, for another workspace, configured in Java only. */
    @Bean("customerio-eu")
    CustomerIoCustomersComponent customerIoEu() {
        CustomerIoCustomersComponent eu = new CustomerIoCustomersComponent();
        eu.getConfiguration().setApiKey("eu-workspace-key");
        eu.getConfiguration().setRegion(Region.EU);
        eu.getConfiguration().setRateLimit(3);
        return eu;
    }

    @Bean
    RouteBuilder membersOfTheProPlan() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("customerio-customers:getSegmentMembership?segmentId=7&delay=200")
                        .routeId("members-of-7")
                        .to("mock:members");
            }
        };
    }
}
