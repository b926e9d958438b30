package io.github.camelcustomerio.customers.client;

import java.nio.charset.StandardCharsets;

/**
 * An answer's body: the first {@code length} bytes of {@code bytes}. An error answer owns its array, exactly that
 * long; a successful one is read into a {@link PageBuffer} (a walk's, or the producer's), whose array may be longer
 * and holds the next answer once this one is done.
 */
public record ResponseBody(byte[] bytes, int length) {

    static final ResponseBody EMPTY = of(new byte[0]);

    public static ResponseBody of(byte[] bytes) {
        return new ResponseBody(bytes, bytes.length);
    }

    public boolean isEmpty() {
        return length == 0;
    }

    public String text() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** The body as text, for messages; long bodies are cut at {@code maxChars}. */
    public String preview(int maxChars) {
        String text = new String(bytes, 0, Math.min(length, maxChars * 4), StandardCharsets.UTF_8);
        return text.length() > maxChars ? text.substring(0, maxChars) + "..." : text;
    }
}
