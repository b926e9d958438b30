package io.github.camelcustomerio.customers.client;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding (RFC 3986) that leaves only the unreserved characters as they are. A path parameter therefore
 * always stays exactly one path segment ({@code /}, {@code ?}, {@code #}, {@code %}, {@code +}, {@code @} and space
 * are all encoded), and a segment made only of dots is encoded too, so that no client or proxy can read it as "."
 * or "..".
 */
public final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /** Encodes one path segment. */
    public static String pathSegment(String value) {
        boolean onlyDots = !value.isEmpty();
        for (int i = 0; i < value.length() && onlyDots; i++) {
            onlyDots = value.charAt(i) == '.';
        }
        return onlyDots ? "%2E".repeat(value.length()) : encode(value);
    }

    /** Encodes a query parameter name or value (space becomes {@code %20}, never {@code +}). */
    public static String queryComponent(String value) {
        return encode(value);
    }

    /** The value itself when every character is unreserved (an id, a number: most values), else its encoding. */
    private static String encode(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!isUnreserved(value.charAt(i))) {
                return encodeBytes(value);
            }
        }
        return value;
    }

    private static String encodeBytes(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}
