package io.github.camelcustomerio.customers.simulator;

import javax.net.ssl.SSLHandshakeException;

import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With {@code https(SSLContext)} the simulator serves the same API over HTTPS, presenting the given certificate. */
class HttpsTest {

    @Test
    void servesTheApiOverHttpsWithTheGivenCertificate() {
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .dataset(Dataset.demo())
                .https(TestCertificates.server())
                .build()
                .start()) {
            assertThat(simulator.baseUrl()).isEqualTo("https://127.0.0.1:" + simulator.port());

            ApiClient.Reply reply =
                    ApiClient.of(simulator, TestCertificates.clientTrust()).get("/v1/segments/7");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().at("/segment/id").asInt()).isEqualTo(7);
            assertThat(simulator.requests())
                    .singleElement()
                    .satisfies(request -> assertThat(request.path()).isEqualTo("/v1/segments/7"));
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() {
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .https(TestCertificates.server())
                .build()
                .start()) {
            ApiClient defaultTrust = ApiClient.of(simulator).withFreshConnections();

            assertThatThrownBy(() -> defaultTrust.sendOrThrow("GET", "/v1/segments/7", null))
                    .isInstanceOf(SSLHandshakeException.class);
            assertThat(simulator.requestCount()).isZero();
        }
    }
}
