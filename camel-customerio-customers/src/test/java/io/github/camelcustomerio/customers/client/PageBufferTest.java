package io.github.camelcustomerio.customers.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pages of a walk are read into one array: a page no longer than the one before reuses it, a longer one grows
 * it, an answer without Content-Length (chunked) is read whole, and a released buffer holds nothing; an answer
 * longer than maxResponseSize is not read, or not further than that.
 */
class PageBufferTest {

    private final PageBuffer buffer = new PageBuffer();

    @Test
    void aPageNoLongerThanTheOneBeforeIsReadIntoTheSameArray() throws IOException {
        ResponseBody first = read(entity(json(1_000), true));
        byte[] array = first.bytes();
        assertThat(first.text()).isEqualTo(json(1_000));

        ResponseBody second = read(entity(json(400), true));

        assertThat(second.bytes()).isSameAs(array);
        assertThat(second.length()).isEqualTo(json(400).length());
        assertThat(second.text()).isEqualTo(json(400));
    }

    @Test
    void aLongerPageGrowsTheArray() throws IOException {
        read(entity(json(400), true));

        ResponseBody longer = read(entity(json(5_000), true));

        assertThat(longer.text()).isEqualTo(json(5_000));
        assertThat(buffer.capacity()).isGreaterThanOrEqualTo(json(5_000).length());
    }

    @Test
    void anAnswerWithoutItsLengthIsReadWhole() throws IOException {
        String page = json(300_000); // several times the first array such an answer gets

        ResponseBody body = read(entity(page, false));

        assertThat(body.length()).isEqualTo(page.length());
        assertThat(body.text()).isEqualTo(page);
        assertThat(read(entity("{}", false)).text()).isEqualTo("{}");
    }

    @Test
    void aReleasedBufferHoldsNothingAndReadsAgain() throws IOException {
        read(entity(json(1_000), true));

        buffer.release();

        assertThat(buffer.capacity()).isZero();
        assertThat(read(entity(json(10), true)).text()).isEqualTo(json(10));
    }

    @Test
    void anAnswerOfTheLimitIsReadOneByteLongerIsNotWithOrWithoutItsLength() throws IOException {
        String page = json(10_000);
        int limit = page.length();
        for (boolean withLength : new boolean[] {true, false}) {
            assertThat(buffer.read(entity(page, withLength), limit).text()).isEqualTo(page);
            assertThatThrownBy(() -> buffer.read(entity(page + " ", withLength), limit))
                    .as(withLength ? "declared length" : "chunked")
                    .isInstanceOf(AnswerTooLargeException.class)
                    .hasMessageContaining("maxResponseSize (" + limit + " bytes)");
        }
    }

    @Test
    void anAnswerDeclaringMoreThanTheLimitIsNotReadAtAll() {
        byte[] bytes = json(5_000).getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
        InputStreamEntity declaringGigabytes =
                new InputStreamEntity(stream, 3L * 1024 * 1024 * 1024, ContentType.APPLICATION_JSON);

        assertThatThrownBy(() -> buffer.read(declaringGigabytes, 1_000_000))
                .isInstanceOf(AnswerTooLargeException.class)
                .hasMessage(
                        "the answer declares 3221225472 bytes, more than maxResponseSize (1000000 bytes): not read");
        assertThat(stream.available()).isEqualTo(bytes.length);
        assertThat(buffer.capacity()).isZero();
    }

    private ResponseBody read(InputStreamEntity entity) throws IOException {
        return buffer.read(entity, Integer.MAX_VALUE);
    }

    /** A JSON object of about {@code size} characters whose text differs with its size. */
    private static String json(int size) {
        char[] filler = new char[size];
        Arrays.fill(filler, (char) ('a' + size % 26));
        return "{\"next\":\"" + new String(filler) + "\"}";
    }

    private static InputStreamEntity entity(String text, boolean withLength) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new InputStreamEntity(
                new ByteArrayInputStream(bytes), withLength ? bytes.length : -1, ContentType.APPLICATION_JSON);
    }
}
