package io.github.camelcustomerio.customers.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP answer as received: status, reason, content type, the headers the component reads, the body bytes, and
 * the number of attempts the call made to get it.
 */
public record ApiResponse(int status, String reasonPhrase, String contentType, Map<String, String> headers,
                         byte[] body, int attempts) {

    /** The same answer, noting how many attempts the call took to get it. */
    public ApiResponse afterAttempts(int count) {
        return new ApiResponse(status, reasonPhrase, contentType, headers, body, count);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean isJson() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    /** A header value by case-insensitive name. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The body as text, for messages; long bodies are cut at {@code maxChars}. */
    public String bodyPreview(int maxChars) {
        String text = new String(body, 0, Math.min(body.length, maxChars * 4), StandardCharsets.UTF_8);
        return text.length() > maxChars ? text.substring(0, maxChars) + "..." : text;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
