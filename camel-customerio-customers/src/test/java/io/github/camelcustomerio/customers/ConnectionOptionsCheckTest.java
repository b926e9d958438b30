package io.github.camelcustomerio.customers;

import java.util.function.Consumer;
import java.util.stream.Stream;

import io.github.camelcustomerio.customers.simulator.CustomerIoSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Proxy and TLS options that cannot work stop the route from starting, with a message naming the options, before
 * any HTTP call.
 */
class ConnectionOptionsCheckTest {

    private CustomerIoSimulator simulator;

    @BeforeEach
    void startSimulator() {
        simulator = CustomerIoSimulator.builder().rateLimit(0).build().start();
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    static Stream<Arguments> unworkableOptions() {
        return Stream.of(
                arguments(
                        "proxyPort without proxyHost",
                        options(component -> component.setProxyPort(3128)),
                        "customerio-customers: proxyPort is set but proxyHost is not; set both (proxy-host and"
                                + " proxy-port under camel.component.customerio-customers) or neither"),
                arguments(
                        "proxyHost without proxyPort",
                        options(component -> component.setProxyHost("proxy.example.com")),
                        "customerio-customers: proxyHost is set but proxyPort is not; set both (proxy-host and"
                                + " proxy-port under camel.component.customerio-customers) or neither"),
                arguments(
                        "proxyPort out of range",
                        options(component -> {
                            component.setProxyHost("proxy.example.com");
                            component.setProxyPort(70000);
                        }),
                        "customerio-customers: proxyPort must be from 1 to 65535; got 70000"),
                arguments(
                        "proxyAuthUsername without proxyAuthPassword",
                        options(component -> {
                            component.setProxyHost("proxy.example.com");
                            component.setProxyPort(3128);
                            component.setProxyAuthUsername("camel");
                        }),
                        "customerio-customers: proxyAuthUsername is set but proxyAuthPassword is not; set both or"
                                + " neither"),
                arguments(
                        "proxyAuthPassword without proxyAuthUsername",
                        options(component -> {
                            component.setProxyHost("proxy.example.com");
                            component.setProxyPort(3128);
                            component.setProxyAuthPassword("secret");
                        }),
                        "customerio-customers: proxyAuthPassword is set but proxyAuthUsername is not; set both or"
                                + " neither"),
                arguments(
                        "proxy credentials without a proxy",
                        options(component -> {
                            component.setProxyAuthUsername("camel");
                            component.setProxyAuthPassword("secret");
                        }),
                        "customerio-customers: proxyAuthUsername and proxyAuthPassword are set but proxyHost and"
                                + " proxyPort are not; the credentials are only sent to that proxy"),
                arguments(
                        "a trust store that cannot be read",
                        options(component -> component.setSslContextParameters(
                                TestCertificates.trusting(TestCertificates.TRUST_STORE, "not-its-password"))),
                        "customerio-customers cannot set up TLS from sslContextParameters: "));
    }

    private static Consumer<CustomerIoCustomersComponent> options(Consumer<CustomerIoCustomersComponent> options) {
        return options;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unworkableOptions")
    void unworkableOptionsStopTheRouteFromStarting(
            String what, Consumer<CustomerIoCustomersComponent> options, String message) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            CustomerIoCustomersComponent component =
                    context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
            component.getConfiguration().setApiKey(simulator.apiKey());
            component.getConfiguration().setBaseUrl(simulator.baseUrl());
            options.accept(component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:call").to("customerio-customers:getSegment?segmentId=7");
                }
            });

            assertThatThrownBy(context::start)
                    .satisfies(failure -> assertThat(componentFailure(failure))
                            .as("the component's own message in %s", failure)
                            .isInstanceOf(IllegalArgumentException.class)
                            .message()
                            .startsWith(message));
        }
        assertThat(simulator.requestCount()).isZero();
    }

    /** The component's exception among the causes Camel wrapped it in. */
    private static Throwable componentFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("customerio-customers")) {
                return cause;
            }
        }
        return failure;
    }
}
