package io.github.camelcustomerio.customers;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's httpClientConfigurer is called with the HttpClientBuilder of its connection pool, once, after the
 * component's own settings: what it adds reaches every call, and what it sets wins.
 */
class HttpClientConfigurerTest extends WireMockTestSupport {

    private final AtomicInteger configured = new AtomicInteger();

    @BeforeEach
    void answerEverything() {
        answerEveryRequestWith("{\"segment_id\":7,\"count\":3}");
    }

    private CustomerIoCustomersComponent component() {
        return context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
    }

    @Test
    void theConfigurersInterceptorAddsItsHeaderToTheCallsOfEveryEndpoint() {
        component().setHttpClientConfigurer(builder -> {
            configured.incrementAndGet();
            builder.addRequestInterceptorFirst(
                    (request, entity, httpContext) -> request.setHeader("X-Audit-Source", "orders-integration"));
        });

        template.requestBody("customerio-customers:getSegmentCount?segmentId=7", (Object) null);
        template.requestBody("customerio-customers:getSegment?segmentId=8", (Object) null);

        server.verify(getRequestedFor(urlPathEqualTo("/v1/segments/7/customer_count"))
                .withHeader("X-Audit-Source", equalTo("orders-integration"))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY)));
        server.verify(getRequestedFor(urlPathEqualTo("/v1/segments/8"))
                .withHeader("X-Audit-Source", equalTo("orders-integration")));
        assertThat(configured).as("one connection pool, configured once").hasValue(1);
    }

    @Test
    void whatTheConfigurerSetsWinsOverTheComponentsProxy() {
        component().setProxyHost("127.0.0.1");
        component().setProxyPort(1); // nothing listens there
        HttpClientConfigurer direct = builder -> builder.setProxy(null);
        component().setHttpClientConfigurer(direct);

        Object answer = template.requestBody("customerio-customers:getSegmentCount?segmentId=7", (Object) null);

        assertThat(answer).isNotNull();
        assertThat(received()).hasSize(1);
    }
}
