package io.github.camelcustomerio.customers.simulator.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcustomerio.customers.simulator.json.Json;
import io.github.camelcustomerio.customers.simulator.model.Person;

/**
 * Signs and checks subscription-centre tokens: JWT-shaped ({@code header.payload.signature}), HMAC-SHA256
 * signed with the simulator's API key, carrying the person's cio_id and an expiry 24 hours after issue.
 */
public final class SubscriptionCenterTokens {

    static final long VALIDITY_SECONDS = 24 * 60 * 60;
    private static final String HEADER =
            base64Url("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] secret;
    private final Clock clock;

    public SubscriptionCenterTokens(String secret, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    String issue(Person person) {
        long expiresAt = clock.instant().getEpochSecond() + VALIDITY_SECONDS;
        String payload = base64Url(Json.object()
                .put("cid", person.cioId())
                .put("exp", expiresAt)
                .toString()
                .getBytes(StandardCharsets.UTF_8));
        String signed = HEADER + "." + payload;
        return signed + "." + base64Url(signature(signed));
    }

    /** The cio_id a token was issued for, when its signature is right and it has not expired. */
    public Optional<String> verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        byte[] expected = signature(parts[0] + "." + parts[1]);
        try {
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
            JsonNode payload = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (payload.path("exp").asLong() <= clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(payload.path("cid").asText());
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private byte[] signature(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
