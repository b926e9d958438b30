package io.github.camelcustomerio.customers.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import io.github.camelcustomerio.customers.simulator.dataset.Dataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    @Test
    void requestsOverTheLimitAre429WithRetryAfter() {
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .dataset(Dataset.demo())
                .rateLimit(10)
                .build()
                .start()) {
            ApiClient api = ApiClient.of(simulator);
            int ok = 0;
            ApiClient.Reply limited = null;
            for (int i = 0; i < 100 && limited == null; i++) {
                ApiClient.Reply reply = api.get("/v1/segments/7");
                if (reply.status() == 429) {
                    limited = reply;
                } else {
                    assertThat(reply.status()).isEqualTo(200);
                    ok++;
                }
            }

            assertThat(limited).isNotNull();
            // The bucket starts full (10) and refills continuously, so a slow or busy machine squeezes in a few more.
            assertThat(ok).isBetween(10, 20);
            assertThat(limited.header("Retry-After")).isEqualTo("1");
            assertThat(limited.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
            assertThat(limited.text())
                    .matches("\\{\"errors\":\\[\\{\"detail\":\"rate limited to 10 requests per 1s "
                            + "\\(reference [0-9a-f]{6}\\)\",\"status\":\"429\"}]}");
            assertThat(simulator.rateLimited()).isEqualTo(1);
            assertThat(simulator.rateLimit()).isEqualTo(10);
        }
    }

    @Test
    void theBucketRefillsAtTheConfiguredRate() {
        try (CustomerIoSimulator simulator =
                CustomerIoSimulator.builder().rateLimit(20).build().start()) {
            ApiClient api = ApiClient.of(simulator);
            while (api.get("/v1/object_types").status() != 429) {
                // drain the bucket
            }
            long drainedAt = System.nanoTime();
            int extra = 0;
            while (System.nanoTime() - drainedAt < TimeUnit.MILLISECONDS.toNanos(500)) {
                if (api.get("/v1/object_types").status() == 200) {
                    extra++;
                }
            }
            // 20 per second for half a second is 10 more tokens; allow for timing jitter.
            assertThat(extra).isBetween(6, 12);
            assertThat(simulator.rateLimited()).isPositive();
        }
    }

    @Test
    void theConfiguredRateAppearsInTheBody() {
        try (CustomerIoSimulator simulator =
                CustomerIoSimulator.builder().rateLimit(3).build().start()) {
            ApiClient api = ApiClient.of(simulator);
            ApiClient.Reply reply;
            do {
                reply = api.get("/v1/object_types");
            } while (reply.status() != 429);
            assertThat(reply.json().at("/errors/0/detail").asText())
                    .startsWith("rate limited to 3 requests per 1s (reference ");
        }
    }

    @Test
    void theSubscriptionCenterTokenIsExempt() {
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .dataset(Dataset.demo())
                .rateLimit(1)
                .build()
                .start()) {
            ApiClient api = ApiClient.of(simulator);
            for (int i = 0; i < 20; i++) {
                assertThat(api.get("/v1/subscription_center/user-17/token").status())
                        .isEqualTo(200);
            }
            assertThat(simulator.rateLimited()).isZero();
        }
    }

    @Test
    void unauthenticatedRequestsDoNotUseTokens() {
        try (CustomerIoSimulator simulator =
                CustomerIoSimulator.builder().rateLimit(2).build().start()) {
            ApiClient api = ApiClient.of(simulator);
            for (int i = 0; i < 5; i++) {
                assertThat(api.withAuthorization(null).get("/v1/object_types").status())
                        .isEqualTo(401);
            }
            assertThat(api.get("/v1/object_types").status()).isEqualTo(200);
        }
    }

    @Test
    void aZeroRateTurnsTheLimitOff() {
        try (CustomerIoSimulator simulator =
                CustomerIoSimulator.builder().rateLimit(0).build().start()) {
            ApiClient api = ApiClient.of(simulator);
            for (int i = 0; i < 50; i++) {
                assertThat(api.get("/v1/object_types").status()).isEqualTo(200);
            }
            assertThat(simulator.rateLimited()).isZero();
        }
    }

    @Test
    void anExhaustedDailyQuotaIs429WithoutRetryAfter() {
        try (CustomerIoSimulator simulator = CustomerIoSimulator.builder()
                .rateLimit(0)
                .dailyQuota(3)
                .clock(Clock.fixed(Instant.parse("2024-06-10T12:00:00Z"), ZoneOffset.UTC))
                .build()
                .start()) {
            ApiClient api = ApiClient.of(simulator);
            for (int i = 0; i < 3; i++) {
                assertThat(api.get("/v1/object_types").status()).isEqualTo(200);
            }
            ApiClient.Reply reply = api.get("/v1/object_types");

            assertThat(reply.status()).isEqualTo(429);
            assertThat(reply.header("Retry-After")).isNull();
            assertThat(reply.text())
                    .matches("\\{\"errors\":\\[\\{\"detail\":\"daily request quota of 3 exceeded "
                            + "\\(reference [0-9a-f]{6}\\)\",\"status\":\"429\"}]}");
            assertThat(simulator.rateLimited()).isEqualTo(1);
        }
    }
}
