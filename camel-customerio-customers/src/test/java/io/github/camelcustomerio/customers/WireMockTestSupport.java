package io.github.camelcustomerio.customers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Runs the component against a WireMock server that records exactly what reached it. The component is configured
 * as a user would: API key and base URL on the component (no retries and no rate limit, so that each call is one
 * request).
 */
abstract class WireMockTestSupport extends CamelTestSupport {

    static final String API_KEY = "sk-test-4f1d2c3b5a6e7f8091a2b3c4";
    static final ObjectMapper JSON = new ObjectMapper();

    static WireMockServer server;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void resetServer() {
        server.resetAll();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CustomerIoCustomersComponent component =
                context.getComponent("customerio-customers", CustomerIoCustomersComponent.class);
        component.getConfiguration().setApiKey(API_KEY);
        component.getConfiguration().setBaseUrl(server.baseUrl());
        // these tests look at single requests; retries and the rate limit have their own tests
        component.getConfiguration().setMaxRetries(0);
        component.getConfiguration().setRateLimit(0);
        return context;
    }

    /** Sends one message to the endpoint and answers the exchange (its exception is not thrown). */
    Exchange call(String uri, Map<String, Object> headers, Object body) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setHeaders(new HashMap<>(headers));
            exchange.getMessage().setBody(body);
        });
    }

    Exchange call(String uri) {
        return call(uri, Map.of(), null);
    }

    /** Answers every request with 200 and this JSON. */
    static void answerEveryRequestWith(String json) {
        server.stubFor(any(anyUrl()).willReturn(okJson(json)));
    }

    /** Every request the server received, oldest first. */
    static List<LoggedRequest> received() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = received();
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests.size() + ": " + requests);
        }
        return requests.get(0);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (Exception e) {
            throw new AssertionError("not a JSON object: " + json, e);
        }
    }
}
