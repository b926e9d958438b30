package io.github.camelcustomerio.customers.paging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Map;
import java.util.RandomAccess;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelcustomerio.customers.client.Json;

/**
 * The items of a page, kept as the page's bytes and where each item lies in them: a page of 30,000 members costs its
 * 3.5 MB of JSON and two ints per member, not 30,000 Maps. Each item is built only when asked for ({@link #get}), a
 * new Map each time, so a walk holds one item at a time; the page was checked to be valid JSON when it was read.
 */
final class PageItems extends AbstractList<Map<String, Object>> implements RandomAccess {

    /** Reads one item; made once, since resolving the item type for every item cost a quarter of the parsing. */
    private static final ObjectReader ITEM = Json.mapper().readerFor(new TypeReference<Map<String, Object>>() {});

    /** A JSON null item: no bytes to read. */
    static final int NULL_ITEM = -1;

    private final byte[] body;
    private int[] starts;
    private int[] ends;
    private int size;

    PageItems(byte[] body) {
        this.body = body;
        this.starts = new int[16];
        this.ends = new int[16];
    }

    /** Records the next item: the bytes from {@code start} up to {@code end}, or {@link #NULL_ITEM}. */
    void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    @Override
    public Map<String, Object> get(int index) {
        checkIndex(index);
        int start = starts[index];
        if (start == NULL_ITEM) {
            return null;
        }
        try {
            return ITEM.readValue(body, start, ends[index] - start);
        } catch (IOException e) {
            // the page was parsed whole when it was read: only a bug can bring us here
            throw new UncheckedIOException("item " + index + " of a page that was read before", e);
        }
    }

    /** The item's JSON text, as the service sent it; "null" for a JSON null. */
    String json(int index) {
        checkIndex(index);
        int start = starts[index];
        return start == NULL_ITEM ? "null" : new String(body, start, ends[index] - start, StandardCharsets.UTF_8);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("item " + index + " of a page of " + size);
        }
    }

    @Override
    public int size() {
        return size;
    }
}
