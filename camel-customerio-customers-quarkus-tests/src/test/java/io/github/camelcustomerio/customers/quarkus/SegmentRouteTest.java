package io.github.camelcustomerio.customers.quarkus;

import io.github.camelcustomerio.customers.api.CustomerIoApiException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The producer route reads a segment from the service and describes it from the answer's fields. */
@QuarkusTest
@WithTestResource(SimulatorResource.class)
class SegmentRouteTest {

    @Inject
    ProducerTemplate producer;

    @Test
    void aSegmentIsDescribedFromTheServicesAnswer() {
        assertThat(producer.requestBody("direct:describe-segment", 42, String.class))
                .isEqualTo("VIP beta testers (segment 42, manual)");
        assertThat(producer.requestBody("direct:describe-segment", 7, String.class))
                .isEqualTo("Pro plan (segment 7, dynamic)");
    }

    @Test
    void anUnknownSegmentFailsWithTheServicesStatus() {
        CamelExecutionException failure = catchThrowableOfType(
                CamelExecutionException.class,
                () -> producer.requestBody("direct:describe-segment", 999, String.class));

        assertThat(failure.getCause())
                .isInstanceOfSatisfying(
                        CustomerIoApiException.class,
                        exception -> assertThat(exception.getStatusCode()).isEqualTo(404));
    }
}
