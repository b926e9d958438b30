package io.github.camelcustomerio.customers.client;

/**
 * An App API key. It is only ever revealed as the {@code Authorization} header value; {@link #toString()} and every
 * other view of it are masked, so that no log line, exception or debugger view built from an object holding it can
 * show the key.
 */
public final class ApiKey {

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    public static ApiKey of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The Customer.io App API key is empty");
        }
        return new ApiKey(value.trim());
    }

    /** The value of the {@code Authorization} header. */
    String bearer() {
        return "Bearer " + value;
    }

    /**
     * A stable, one-way fingerprint of the key: tells keys apart (e.g. to share a rate limit between endpoints using
     * the same workspace) without revealing them.
     */
    public String fingerprint() {
        return Digests.sha256Hex(value, 8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[******]";
    }
}
