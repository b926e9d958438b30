package io.github.camelcustomerio.customers;

import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time options take milliseconds or a duration: {@code 5000}, {@code 5s}, {@code 1m30s}, {@code 500ms} or ISO-8601
 * {@code PT5S}.
 */
class DurationOptionsTest extends CamelTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("customerio-customers", CustomerIoCustomersComponent.class)
                .getConfiguration()
                .setApiKey("sk-test");
        return context;
    }

    static Stream<Arguments> timeOptionsTakeMillisecondsOrADuration() {
        return Stream.of(
                Arguments.of("connectTimeout=5000", 5_000L),
                Arguments.of("connectTimeout=5s", 5_000L),
                Arguments.of("connectTimeout=1m30s", 90_000L),
                Arguments.of("connectTimeout=500ms", 500L),
                Arguments.of("connectTimeout=PT5S", 5_000L),
                Arguments.of("connectTimeout=1h", 3_600_000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void timeOptionsTakeMillisecondsOrADuration(String option, long millis) {
        CustomerIoCustomersEndpoint endpoint =
                context.getEndpoint("customerio-customers:getChannels?" + option, CustomerIoCustomersEndpoint.class);

        assertThat(endpoint.getConfiguration().getConnectTimeout()).isEqualTo(millis);
    }

    @Test
    void everyTimeOptionIsADuration() {
        CustomerIoCustomersConfiguration configuration = context.getEndpoint(
                        "customerio-customers:getChannels"
                                + "?connectTimeout=1s&responseTimeout=2s&callTimeout=3m&rateLimitMaxWait=4s"
                                + "&retryBackoff=250ms&retryMaxBackoff=6s&progressLogInterval=7s",
                        CustomerIoCustomersEndpoint.class)
                .getConfiguration();

        assertThat(configuration.getConnectTimeout()).isEqualTo(1_000);
        assertThat(configuration.getResponseTimeout()).isEqualTo(2_000);
        assertThat(configuration.getCallTimeout()).isEqualTo(180_000);
        assertThat(configuration.getRateLimitMaxWait()).isEqualTo(4_000);
        assertThat(configuration.getRetryBackoff()).isEqualTo(250);
        assertThat(configuration.getRetryMaxBackoff()).isEqualTo(6_000);
        assertThat(configuration.getProgressLogInterval()).isEqualTo(7_000);
    }
}
