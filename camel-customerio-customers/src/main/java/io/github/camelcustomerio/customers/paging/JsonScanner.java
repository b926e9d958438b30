package io.github.camelcustomerio.customers.paging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.camelcustomerio.customers.client.Json;

/**
 * Goes through JSON bytes value by value, checking them against the JSON grammar (RFC 8259, in UTF-8) and the limits
 * of the component's Jackson parser, without making tokens of them: what a walk needs to know that every item of a
 * page can be built before it hands the first one, in three fifths of the time Jackson's tokenizer takes to pass
 * over the same bytes. It refuses what that parser refuses (the grammar, UTF-8 as Jackson decodes it in strings, the
 * nesting depth, the lengths of numbers, strings and names), so that every value it passed over is one Jackson builds.
 * It is stricter in one way: a member name is held to the same UTF-8 rules as a string, where Jackson lets malformed
 * UTF-8 through as other characters, and is measured in bytes as written, never fewer than Jackson counts. Not
 * thread-safe.
 */
final class JsonScanner {

    /** How each byte reads inside a string. */
    private static final byte PLAIN = 0;

    private static final byte QUOTE = 1;
    private static final byte BACKSLASH = 2;
    private static final byte CONTROL = 3;
    private static final byte NON_ASCII = 4;
    private static final byte[] IN_STRING = new byte[256];

    static {
        for (int c = 0; c < 0x20; c++) {
            IN_STRING[c] = CONTROL;
        }
        IN_STRING['"'] = QUOTE;
        IN_STRING['\\'] = BACKSLASH;
        for (int c = 0x80; c < 0x100; c++) {
            IN_STRING[c] = NON_ASCII;
        }
    }

    private final byte[] bytes;
    private final int end;
    /** The limits of the parser that builds what this scanner passes over. */
    private final StreamReadConstraints limits;

    private int position;
    /** Whether each open container, by depth, is an object (or else an array); grown as values nest deeper. */
    private boolean[] inObject = new boolean[16];

    /**
     * Scans the first {@code length} bytes, for a parser with these limits; a UTF-8 byte order mark is passed over, as
     * Jackson does.
     */
    JsonScanner(byte[] bytes, int length, StreamReadConstraints limits) {
        this.bytes = bytes;
        this.end = length;
        this.limits = limits;
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            position = 3;
        }
    }

    /** Passes over whitespace and answers the next byte (0 to 255), or -1 at the end. */
    int peek() {
        skipWhitespace();
        return position < end ? bytes[position] & 0xFF : -1;
    }

    /** Where the next value starts (once {@link #peek} has passed over whitespace). */
    int position() {
        return position;
    }

    /** Passes over whitespace and the byte {@code expected}, which must come next. */
    void consume(char expected) throws JsonParseException {
        if (!consumeIf(expected)) {
            throw unexpected("'" + expected + "'");
        }
    }

    /** Passes over whitespace and, if it comes next, the byte {@code wanted}; answers whether it did. */
    boolean consumeIf(char wanted) {
        if (peek() == wanted) {
            position++;
            return true;
        }
        return false;
    }

    /** Reads a member name (a JSON string) and the ':' after it; answers its text. */
    String name() throws IOException {
        peek();
        int start = position;
        return text(start, memberName());
    }

    /**
     * Passes over the next value, checking it; answers where it ends.
     *
     * @param depth how deeply the value is nested: 0 for the document itself, 1 for a member of the top object
     */
    int skipValue(int depth) throws JsonParseException {
        int open = 0; // containers opened by this value, still open
        while (true) {
            int c = peek();
            if (c == '{' || c == '[') {
                if (depth + open + 1 > limits.getMaxNestingDepth()) {
                    throw error("nesting deeper than " + limits.getMaxNestingDepth() + " levels");
                }
                boolean object = c == '{';
                position++;
                if (!consumeIf(object ? '}' : ']')) {
                    if (open == inObject.length) {
                        inObject = Arrays.copyOf(inObject, open * 2);
                    }
                    inObject[open++] = object;
                    if (object) {
                        memberName();
                    }
                    continue;
                }
                // empty: a complete value
            } else if (c == '"') {
                position = string(position, limits.getMaxStringLength(), true);
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                position = number(position);
            } else if (c == 't') {
                literal("true");
            } else if (c == 'f') {
                literal("false");
            } else if (c == 'n') {
                literal("null");
            } else {
                throw unexpected("a value");
            }
            // a value is complete: close the containers it completes, or go on to the next member or element
            while (open > 0) {
                boolean object = inObject[open - 1];
                if (consumeIf(',')) {
                    if (object) {
                        memberName();
                    }
                    break;
                }
                if (!consumeIf(object ? '}' : ']')) {
                    throw unexpected(object ? "',' or '}'" : "',' or ']'");
                }
                open--;
            }
            if (open == 0) {
                return position;
            }
        }
    }

    /** The text of the scalar value between {@code start} and {@code end}: a string's decoded text, else as written. */
    String text(int start, int end) throws IOException {
        if (bytes[start] != '"') {
            return new String(bytes, start, end - start, StandardCharsets.US_ASCII);
        }
        for (int i = start + 1; i < end - 1; i++) {
            if (bytes[i] == '\\') {
                try (JsonParser parser = Json.mapper().createParser(bytes, start, end - start)) {
                    parser.nextToken();
                    return parser.getText();
                }
            }
        }
        return new String(bytes, start + 1, end - start - 2, StandardCharsets.UTF_8);
    }

    /** Passes over a member name and the ':' after it; answers where the name ends. */
    private int memberName() throws JsonParseException {
        if (peek() != '"') {
            throw unexpected("a member name");
        }
        position = string(position, limits.getMaxNameLength(), false);
        int end = position;
        consume(':');
        return end;
    }

    /**
     * Passes over the string that starts (its opening quote) at {@code start}; answers where it ends.
     *
     * @param maxLength how long it may be, in characters when {@code inChars}, else in bytes as written
     */
    private int string(int start, int maxLength, boolean inChars) throws JsonParseException {
        int i = start + 1;
        int shorter = 0; // how many fewer characters than bytes it has: escapes, and UTF-8 sequences
        while (true) {
            // the common case first: a run of plain ASCII
            while (i < end && IN_STRING[bytes[i] & 0xFF] == PLAIN) {
                i++;
            }
            if (i >= end) {
                position = end;
                throw error("unterminated string");
            }
            int c = bytes[i] & 0xFF;
            switch (IN_STRING[c]) {
                case QUOTE -> {
                    int length = i - start - 1 - (inChars ? shorter : 0);
                    if (length > maxLength) {
                        position = start;
                        throw error("a string longer than " + maxLength + (inChars ? " characters" : " bytes"));
                    }
                    return i + 1;
                }
                case BACKSLASH -> {
                    int next = escape(i);
                    shorter += next - i - 1;
                    i = next;
                }
                case CONTROL -> {
                    position = i;
                    throw error("control character (code " + c + ") in a string: it must be escaped");
                }
                default -> {
                    int next = utf8(i);
                    // a character of two or three bytes, or two characters (a surrogate pair) of four
                    shorter += next - i == 4 ? 2 : next - i - 1;
                    i = next;
                }
            }
        }
    }

    /** Passes over the escape sequence at {@code at} (its backslash); answers where it ends. */
    private int escape(int at) throws JsonParseException {
        int i = at + 1;
        if (i >= end) {
            position = end;
            throw error("unterminated string");
        }
        switch (bytes[i]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return i + 1;
            }
            case 'u' -> {
                for (int k = 1; k <= 4; k++) {
                    if (i + k >= end || Character.digit(bytes[i + k], 16) < 0) {
                        position = at;
                        throw error("a \\u escape without four hexadecimal digits");
                    }
                }
                return i + 5;
            }
            default -> {
                position = at;
                throw error("unrecognized escape " + describe(bytes[i] & 0xFF));
            }
        }
    }

    /**
     * Passes over the UTF-8 sequence at {@code at} (a byte of 0x80 or above); answers where it ends. Its lead byte
     * says how long it is and each byte after it must be a continuation byte, exactly as Jackson's parser checks.
     */
    private int utf8(int at) throws JsonParseException {
        int lead = bytes[at] & 0xFF;
        int length;
        if (lead >= 0xC0 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
        } else if (lead >= 0xF0 && lead <= 0xF7) {
            length = 4;
        } else {
            position = at;
            throw error("invalid UTF-8 start byte 0x" + Integer.toHexString(lead));
        }
        for (int k = 1; k < length; k++) {
            if (at + k >= end || (bytes[at + k] & 0xC0) != 0x80) {
                position = Math.min(at + k, end);
                throw error("invalid UTF-8 middle byte");
            }
        }
        return at + length;
    }

    /**
     * Passes over the number that starts at {@code start}; answers where it ends. Its length is its digits, as
     * Jackson's parser counts it (the integer part, the fraction and the exponent).
     */
    private int number(int start) throws JsonParseException {
        int i = start;
        if (bytes[i] == '-') {
            i++;
        }
        int afterSign = i;
        int separators = 0;
        if (i < end && bytes[i] == '0') {
            i++;
        } else {
            i = digits(i);
        }
        if (i < end && bytes[i] == '.') {
            separators++;
            i = digits(i + 1);
        }
        if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            separators++;
            if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
                i++;
                separators++;
            }
            i = digits(i);
        }
        if (i - afterSign - separators > limits.getMaxNumberLength()) {
            position = start;
            throw error("a number longer than " + limits.getMaxNumberLength() + " digits");
        }
        return i;
    }

    /** Passes over one or more digits at {@code start}; answers where they end. */
    private int digits(int start) throws JsonParseException {
        int i = start;
        while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
            i++;
        }
        if (i == start) {
            position = start;
            throw unexpected("a digit");
        }
        return i;
    }

    private void literal(String word) throws JsonParseException {
        int length = word.length();
        for (int k = 0; k < length; k++) {
            if (position + k >= end || bytes[position + k] != word.charAt(k)) {
                position += k;
                throw unexpected("'" + word + "'");
            }
        }
        position += length;
    }

    private void skipWhitespace() {
        while (position < end) {
            byte c = bytes[position];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                position++;
            } else {
                return;
            }
        }
    }

    private JsonParseException unexpected(String expected) {
        String found = position < end ? describe(bytes[position] & 0xFF) : "the end of the answer";
        return error("unexpected " + found + ", expected " + expected);
    }

    private JsonParseException error(String problem) {
        return new JsonParseException(null, problem + " at byte " + position);
    }

    private static String describe(int c) {
        return c > 0x20 && c < 0x7F ? "'" + (char) c + "'" : "byte 0x" + Integer.toHexString(c);
    }
}
