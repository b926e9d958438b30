package io.github.camelcustomerio.customers.paging;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcustomerio.customers.api.CustomerIoInvalidResponseException;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
import io.github.camelcustomerio.customers.client.ApiResponse;
import io.github.camelcustomerio.customers.client.Json;
import io.github.camelcustomerio.customers.client.ResponseBody;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scanner that checks a page against Jackson's parser, the one that builds the items it passed over: it refuses
 * exactly what Jackson refuses, and ends each value where Jackson does, so that a page it passed is a page whose every
 * item is built.
 */
class JsonScannerTest {

    private static final StreamReadConstraints DEFAULT_LIMITS =
            Json.mapper().getFactory().streamReadConstraints();

    private static final String PAGE =
            "{\"identifiers\":[{\"id\":\"user-1\",\"email\":\"ana@acme.test\",\"cio_id\":\"a1\"},"
                    + "{\"id\":\"user-2\",\"email\":null,\"cio_id\":\"a2\",\"n\":[1,-2.5e3,0,true,false,{}]},"
                    + "{\"id\":\"\\u00e9t\\u00e9 \\\"q\\\"\",\"email\":\"z\u00fc\u20ac\uD83D\uDE00@x.test\",\"t\":\"\\n\\t\\/\"}],"
                    + "\"ids\":[\"user-1\",\"user-2\",\"\\u00e9\"],\"next\":\"MTA=\"}";

    @Test
    void everyValueJacksonReadsIsPassedOverToWhereJacksonEndsIt() throws IOException {
        List<String> values = List.of(
                "{}",
                "[]",
                " { } ",
                "[1,2,3]",
                "[-0,0.5,-1.25e+10,1E-2,1e5,123456789012345678901234567890]",
                "[true,false,null]",
                "[\"\",\"a\",\"\\\"\\\\\\/\\b\\f\\n\\r\\t\",\"\\u0041\\uD83D\\uDE00\\ud800\"]",
                "{\"a\":{\"b\":{\"c\":[[],[{}]]}},\"d\":\"e\"}",
                "\r\n\t[\r\n\t1\r\n\t,\r\n\t{\r\n\t\"k\"\r\n\t:\r\n\tnull\r\n\t}\r\n\t]",
                "[\"caf\u00e9\",\"\u20ac\",\"\uD83D\uDE00\",\"\u007f\"]",
                "{\"\u00e9\":1,\"\\u00e9\":2,\"\":3,\"a\":1,\"a\":2}",
                "\uFEFF{\"after a byte order mark\":1}",
                "{\"a\":1} and then anything",
                PAGE);
        for (String value : values) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            assertThat(scan(bytes, DEFAULT_LIMITS)).as(value).isEqualTo(jackson(bytes, Json.mapper()));
            assertThat(scan(bytes, DEFAULT_LIMITS)).as(value).isPositive();
        }
    }

    @Test
    void everyValueJacksonRefusesIsRefused() throws IOException {
        List<String> values = List.of(
                "",
                "{",
                "[",
                "{\"a\":1,}",
                "[1,]",
                "[,1]",
                "[1 2]",
                "{\"a\":1 \"b\":2}",
                "{\"a\" 1}",
                "{a:1}",
                "{'a':1}",
                "{1:1}",
                "['a']",
                "[01]",
                "[-01]",
                "[1.]",
                "[.5]",
                "[+1]",
                "[-]",
                "[1e]",
                "[1e+]",
                "[0x10]",
                "[NaN]",
                "[-Infinity]",
                "[tru]",
                "[truex]",
                "[nul]",
                "[True]",
                "[1x]",
                "[\"a\\x\"]",
                "[\"\\u12G4\"]",
                "[\"\\u12\"]",
                "[\"tab\tin a string\"]",
                "[\"line\nin a string\"]",
                "{\"a\u0001\":1}",
                "[\"unterminated]",
                "[1/*comment*/]",
                "[1,\f2]",
                "[1,\u00002]",
                "{\"a\":1]",
                "[1}",
                "}");
        for (String value : values) {
            assertRefusedByBoth(value.getBytes(StandardCharsets.UTF_8), DEFAULT_LIMITS, Json.mapper());
        }
        byte[][] malformedUtf8 = {
            {'[', '"', (byte) 0x80, '"', ']'},
            {'[', '"', (byte) 0xC3, '"', ']'},
            {'[', '"', (byte) 0xC3, 'A', '"', ']'},
            {'[', '"', (byte) 0xE2, (byte) 0x82, '"', ']'},
            {'[', '"', (byte) 0xF8, (byte) 0x80, (byte) 0x80, (byte) 0x80, '"', ']'},
            {'[', '"', (byte) 0xFF, '"', ']'},
            {'[', (byte) 0xC3, (byte) 0xA9, ']'}
        };
        for (byte[] value : malformedUtf8) {
            assertRefusedByBoth(value, DEFAULT_LIMITS, Json.mapper());
        }
    }

    @Test
    void theLimitsOfTheParserAreKeptToTheCharacter() throws IOException {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(4)
                .maxNumberLength(5)
                .maxStringLength(6)
                .maxNameLength(7)
                .build();
        ObjectMapper jackson = new ObjectMapper(
                JsonFactory.builder().streamReadConstraints(limits).build());
        List<String> values = List.of(
                "[[[[]]]]",
                "[[[[[]]]]]",
                "[12345,-12345,1.2345,-123.45,1e234,1.2e+34,0.0001]",
                "[123456]",
                "[-123456]",
                "[1.23456]",
                "[12e3456]",
                "[1.2e-3456]",
                "[\"abcdef\"]",
                "[\"abcdefg\"]",
                "[\"\\n\\n\\n\\n\\n\\n\"]",
                "[\"\\n\\n\\n\\n\\n\\n\\n\"]",
                "[\"\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\"]",
                "[\"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\"]",
                "[\"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\"]",
                "[\"\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\"]",
                "[\"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\"]",
                "[\"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\"]",
                "{\"abcdefg\":1}",
                "{\"abcdefgh\":1}");
        for (String value : values) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            Integer byJackson = acceptedOrNull(() -> jackson(bytes, jackson));
            Integer byScanner = acceptedOrNull(() -> scan(bytes, limits));
            assertThat(byScanner).as(value).isEqualTo(byJackson);
        }
    }

    @Test
    void aNameIsMeasuredInBytesAsWrittenNeverShorterThanJacksonMeasuresIt() throws IOException {
        StreamReadConstraints limits =
                StreamReadConstraints.builder().maxNameLength(7).build();
        byte[] sevenCharactersFourteenBytes =
                "{\"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\":1}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> scan(sevenCharactersFourteenBytes, limits))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("a string longer than 7 bytes");
    }

    @Test
    void anErrorSaysWhatWasFoundWhereAndWhatWasExpected() {
        assertThatThrownBy(() -> scan("{\"a\":[1,2 3]}".getBytes(StandardCharsets.UTF_8), DEFAULT_LIMITS))
                .isInstanceOf(JsonParseException.class)
                .hasMessage("unexpected '3', expected ',' or ']' at byte 10");
        assertThatThrownBy(() -> scan("[\"abc".getBytes(StandardCharsets.UTF_8), DEFAULT_LIMITS))
                .hasMessage("unterminated string at byte 5");
    }

    /**
     * Pages with bytes changed, added, removed or cut off, drawn from the characters that make JSON and a few that
     * break it: the scanner and Jackson agree on every one but those with malformed UTF-8 in a member name, which only
     * the scanner refuses; and a page the walk reads builds every item Jackson reads.
     */
    @Test
    void mutatedPagesAreReadExactlyAsJacksonReadsThem() throws IOException {
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] alphabet = "{}[]\":,\\ \t\n-+.0123456789eEtrufalsn/ubx".getBytes(StandardCharsets.US_ASCII);
        byte[] odd = {
            0x00,
            0x01,
            0x1F,
            0x7F,
            (byte) 0x80,
            (byte) 0xA9,
            (byte) 0xBF,
            (byte) 0xC3,
            (byte) 0xE2,
            (byte) 0xF0,
            (byte) 0xF5,
            (byte) 0xF8,
            (byte) 0xFF
        };
        Random random = new Random(20261205);
        int refused = 0;
        int stricter = 0;
        int pagesRead = 0;
        for (int n = 0; n < 20_000; n++) {
            byte[] mutated = page;
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                byte replacement = random.nextInt(8) == 0
                        ? odd[random.nextInt(odd.length)]
                        : alphabet[random.nextInt(alphabet.length)];
                mutated = mutate(mutated, random, replacement);
            }
            byte[] bytes = mutated;
            if (!startsWithAContainer(bytes)) {
                // a page is an object, which PageReader checks itself: only what is inside one is scanned
                continue;
            }
            Integer byJackson = acceptedOrNull(() -> jackson(bytes, Json.mapper()));
            String shown = new String(bytes, StandardCharsets.ISO_8859_1);
            try {
                assertThat(scan(bytes, DEFAULT_LIMITS)).as(shown).isEqualTo(byJackson);
            } catch (JsonParseException e) {
                if (byJackson != null) {
                    // the one way it is stricter: Jackson lets malformed UTF-8 through in a member name
                    assertThat(e.getMessage()).as(shown).startsWith("invalid UTF-8");
                    assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)))
                            .as(shown)
                            .isInstanceOf(CharacterCodingException.class);
                    stricter++;
                    continue;
                }
            }
            if (byJackson == null) {
                refused++;
            } else if (readsEveryItemAsJackson(bytes)) {
                pagesRead++;
            }
        }
        // the mutations reach both sides of the line
        assertThat(refused).isBetween(2_000, 18_000);
        assertThat(pagesRead).isGreaterThan(1_000);
        assertThat(stricter).isLessThan(refused / 10);
    }

    /** Whether the body reads as a page; if so, its items are the ones Jackson reads, in order. */
    private static boolean readsEveryItemAsJackson(byte[] body) throws IOException {
        CustomerIoOperation operation = CustomerIoOperation.getSegmentMembership;
        ApiResponse response = new ApiResponse(200, "OK", "application/json", Map.of(), ResponseBody.of(body), 1);
        Page page;
        try {
            page = PageReader.read(operation, response, operation.paging().orElseThrow(), null, null);
        } catch (CustomerIoInvalidResponseException notAPage) {
            return false;
        }
        JsonNode items = null;
        for (Map.Entry<String, JsonNode> field : Json.mapper().readTree(body).properties()) {
            if (field.getKey().equals("identifiers")) {
                items = field.getValue();
            }
        }
        List<Object> expected = new ArrayList<>();
        items.forEach(item -> expected.add(Json.mapper().convertValue(item, Map.class)));
        List<Object> built = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            built.add(page.items().get(i));
        }
        assertThat(built).isEqualTo(expected);
        return true;
    }

    private static boolean startsWithAContainer(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1).strip();
        return text.startsWith("{") || text.startsWith("[");
    }

    private static byte[] mutate(byte[] bytes, Random random, byte replacement) {
        if (bytes.length < 2) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        return switch (random.nextInt(4)) {
            case 0 -> {
                byte[] changed = bytes.clone();
                changed[at] = replacement;
                yield changed;
            }
            case 1 -> {
                byte[] longer = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, longer, 0, at);
                longer[at] = replacement;
                System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                yield longer;
            }
            case 2 -> {
                byte[] shorter = new byte[bytes.length - 1];
                System.arraycopy(bytes, 0, shorter, 0, at);
                System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                yield shorter;
            }
            default -> Arrays.copyOf(bytes, at);
        };
    }

    private static void assertRefusedByBoth(byte[] value, StreamReadConstraints limits, ObjectMapper jackson) {
        String shown = new String(value, StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> jackson(value, jackson))
                .as("Jackson on %s", shown)
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> scan(value, limits)).as("scanner on %s", shown).isInstanceOf(JsonParseException.class);
    }

    /** Where the first value ends, by the scanner; -1 for an empty document (which it refuses). */
    private static int scan(byte[] bytes, StreamReadConstraints limits) throws IOException {
        return new JsonScanner(bytes, bytes.length, limits).skipValue(0);
    }

    /** Where the first value ends, by Jackson reading it whole. */
    private static int jackson(byte[] bytes, ObjectMapper jackson) throws IOException {
        try (JsonParser parser = jackson.createParser(bytes)) {
            if (jackson.readTree(parser) == null) {
                throw new IOException("no value");
            }
            return (int) parser.currentLocation().getByteOffset();
        }
    }

    /** The end of the value, or null when it is refused. */
    private static Integer acceptedOrNull(Reading reading) {
        try {
            return reading.end();
        } catch (IOException refused) {
            return null;
        }
    }

    @FunctionalInterface
    private interface Reading {
        int end() throws IOException;
    }
}
