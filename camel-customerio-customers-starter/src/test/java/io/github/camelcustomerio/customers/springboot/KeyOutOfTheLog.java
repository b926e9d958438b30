package io.github.camelcustomerio.customers.springboot;

import java.time.Duration;
import java.util.Map;

import io.github.camelcustomerio.customers.api.CustomerIoApiException;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What a Spring Boot application with the starter logs, from its start to its end, holds neither its key nor a wrong
 * key it was given: the application starts (its configuration read), calls, consumes, goes through a Kamelet and is
 * refused. Its subclasses set the log levels; the output is captured from before the application starts.
 */
abstract class KeyOutOfTheLog extends StarterApplicationTestSupport {

    private static final String WRONG_KEY = "wrong-key-0b7c41d2";

    @Test
    void noLineHoldsAKey(CapturedOutput output) {
        template.requestBody("customerio-customers:getSegment?segmentId=42", null, Map.class);
        template.requestBody(
                "kamelet:customerio-customers-action?operation=getSegment&segmentId=7", null, String.class);
        assertThatThrownBy(() -> template.requestBody(
                        "customerio-customers:getSegment?segmentId=7&apiKey=" + WRONG_KEY, (Object) null))
                .hasCauseInstanceOf(CustomerIoApiException.class);
        MockEndpoint members = camelContext.getEndpoint("mock:members", MockEndpoint.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> members.getReceivedCounter() >= 3);
        camelContext.stop();

        assertThat(output.getAll())
                .contains("Apache Camel")
                .doesNotContain(API_KEY)
                .doesNotContain(WRONG_KEY);
    }
}
