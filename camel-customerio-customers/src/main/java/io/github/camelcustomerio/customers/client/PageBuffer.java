package io.github.camelcustomerio.customers.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.apache.hc.core5.http.HttpEntity;

/**
 * Where a walk reads its pages, and a producer its answers: one array, reused from page to page (from call to call)
 * and grown when a page needs more. A page of 30,000 members is 3.5 MB, a humongous object for G1 in any heap below
 * 16 GB (regions under 8 MB); allocating one per page made nearly every page start a young collection and a
 * concurrent cycle, a tenth of a walk's time in the bench's {@code -Xmx64m}. Only one page lives in it at a time:
 * the caller lets go of a page before reading the next ({@link io.github.camelcustomerio.customers.paging.PageFetcher}
 * sees to it) and releases the array when the walk is over. Not thread-safe: a walk reads its pages one after the
 * other, and a producer's call has the buffer to itself.
 */
public final class PageBuffer {

    /** The first array when the answer does not say its length (chunked). */
    private static final int UNKNOWN_LENGTH_START = 64 * 1024;

    /** The longest array the JVM allocates. */
    static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private byte[] bytes;

    /**
     * Reads the entity's body into the array, growing it if needed; the body stays valid until the next read.
     *
     * @throws AnswerTooLargeException when the body is longer than {@code maxBytes}
     */
    ResponseBody read(HttpEntity entity, int maxBytes) throws IOException {
        int limit = Math.min(maxBytes, MAX_LENGTH);
        long declared = entity.getContentLength();
        AnswerTooLargeException.checkDeclared(declared, limit);
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return ResponseBody.EMPTY;
            }
            if (declared >= 0) {
                ensureCapacity((int) declared, 0);
                return new ResponseBody(bytes, in.readNBytes(bytes, 0, (int) declared));
            }
            ensureCapacity(Math.min(UNKNOWN_LENGTH_START, limit + 1), 0);
            int length = 0;
            int read;
            while ((read = in.read(bytes, length, bytes.length - length)) >= 0) {
                length += read;
                if (length > limit) {
                    throw AnswerTooLargeException.readPast(limit);
                }
                if (length == bytes.length) {
                    // one byte past the limit at most: enough to tell that the answer goes on
                    ensureCapacity((int) Math.min(limit + 1L, length + (long) length / 2), length);
                }
            }
            return new ResponseBody(bytes, length);
        }
    }

    /**
     * At least {@code capacity} bytes, keeping the first {@code kept}; a new array has some room to spare, so that
     * pages growing a little from walk to walk do not each need a new one.
     */
    private void ensureCapacity(int capacity, int kept) {
        if (bytes != null && bytes.length >= capacity) {
            return;
        }
        int withRoom = (int) Math.min(MAX_LENGTH, capacity + (long) capacity / 16);
        bytes = kept == 0 ? new byte[withRoom] : Arrays.copyOf(bytes, withRoom);
    }

    /** The walk is over: the array goes, and the next walk's first page allocates one again. */
    public void release() {
        bytes = null;
    }

    /** The array's size, 0 when released: what a walk holds between its pages. */
    public int capacity() {
        return bytes == null ? 0 : bytes.length;
    }
}
