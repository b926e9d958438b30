package io.github.camelcustomerio.customers.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * An HTTP answer as received: status, reason, content type, the headers the component reads, the body, and the
 * number of attempts the call made to get it.
 */
public record ApiResponse(
        int status,
        String reasonPhrase,
        String contentType,
        Map<String, String> headers,
        ResponseBody body,
        int attempts) {

    /** The answer headers worth keeping: what retries and error messages read. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.CONTENT_TYPE);

    /**
     * Reads an HTTP response whole (status, kept headers, body), as one attempt; a 2xx body goes into {@code buffer},
     * any other body into an array of its own, so that an error keeps its text however the buffer is used next.
     */
    static ApiResponse from(ClassicHttpResponse response, PageBuffer buffer, int maxBytes) throws IOException {
        HttpEntity entity = response.getEntity();
        boolean success = response.getCode() >= 200 && response.getCode() < 300;
        ResponseBody body = entity == null
                ? ResponseBody.EMPTY
                : success ? buffer.read(entity, maxBytes) : ResponseBody.of(bodyOf(entity, maxBytes));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            Header header = response.getFirstHeader(name);
            if (header != null) {
                headers.put(name, header.getValue());
            }
        }
        String contentType = entity != null && entity.getContentType() != null
                ? entity.getContentType()
                : headers.get(HttpHeaders.CONTENT_TYPE);
        return new ApiResponse(response.getCode(), response.getReasonPhrase(), contentType, headers, body, 1);
    }

    /**
     * An error answer's bytes. With a Content-Length they are read straight into an array of that size, where
     * EntityUtils would fill a buffer of that size through a 4 KB scratch array and then copy it. Without one, at most
     * one byte more than {@code maxBytes} is read.
     *
     * @throws AnswerTooLargeException when the body is longer than {@code maxBytes}
     */
    private static byte[] bodyOf(HttpEntity entity, int maxBytes) throws IOException {
        int limit = Math.min(maxBytes, PageBuffer.MAX_LENGTH);
        long length = entity.getContentLength();
        AnswerTooLargeException.checkDeclared(length, limit);
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return new byte[0];
            }
            if (length < 0) {
                byte[] body = in.readNBytes(limit + 1);
                if (body.length > limit) {
                    throw AnswerTooLargeException.readPast(limit);
                }
                return body;
            }
            byte[] body = new byte[(int) length];
            int read = in.readNBytes(body, 0, body.length);
            return read == body.length ? body : Arrays.copyOf(body, read);
        }
    }

    /** The Retry-After seconds of the answer, or null when absent or not a number of seconds. */
    public Long retryAfterSeconds() {
        return header(HttpHeaders.RETRY_AFTER)
                .map(value -> {
                    try {
                        return Math.max(0, Long.parseLong(value.trim()));
                    } catch (NumberFormatException e) {
                        return null; // an HTTP-date: the service documents seconds only
                    }
                })
                .orElse(null);
    }

    /** The same answer, noting how many attempts the call took to get it. */
    public ApiResponse afterAttempts(int count) {
        return new ApiResponse(status, reasonPhrase, contentType, headers, body, count);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean isJson() {
        return contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    /** A header value by case-insensitive name. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
