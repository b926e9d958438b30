package io.github.camelcustomerio.customers.paging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Map;
import java.util.RandomAccess;

import com.fasterxml.jackson.core.JsonParser;
import io.github.camelcustomerio.customers.client.Json;
import io.github.camelcustomerio.customers.client.PageBuffer;
import io.github.camelcustomerio.customers.client.ResponseBody;

/**
 * The items of a page, kept as the page's bytes and where each item lies in them: a page of 30,000 members costs its
 * 3.5 MB of JSON and two ints per member, not 30,000 Maps. Each item is built only when asked for ({@link #get}), a
 * new Map each time, so a walk holds one item at a time; the page was checked to be valid JSON when it was read.
 * Items asked for in order, as a walk asks for them, are read by one parser that goes through the items array once:
 * a parser per item (its set-up, the encoding detection) cost as much as building the item; asking for the first
 * item again starts such a pass over. The bytes may be a walk's
 * {@link PageBuffer}: once {@link #release released}, for the next page to be read into them, asking for an item is
 * an error rather than an item of another page.
 */
final class PageItems extends AbstractList<Map<String, Object>> implements RandomAccess {

    /** The page's body; null once released. */
    private ResponseBody body;

    private int[] starts;
    private int[] ends;
    private int size;
    /** Where the items array begins in the body (its '['), or -1 when unknown. */
    private int arrayStart = -1;
    /** The parser that reads the items in order, positioned before item {@link #nextInOrder}; null until needed. */
    private JsonParser inOrder;

    private int nextInOrder;

    /**
     * @param released the page read before into the same buffer, already released, whose arrays of item positions
     *                 this page takes over: kept from page to page, they are not copied by every young collection
     *                 while a page is handed out, as new ones were; null for none
     */
    PageItems(ResponseBody body, PageItems released) {
        this.body = body;
        boolean reuse = released != null && released.body == null;
        this.starts = reuse ? released.starts : new int[16];
        this.ends = reuse ? released.ends : new int[16];
    }

    /** Records where the items array begins (its '['), so that items asked for in order share one parser. */
    void arrayStartsAt(int offset) {
        arrayStart = offset;
    }

    /** Records the next item: the bytes from {@code start} up to {@code end}. */
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
        try {
            if (index == 0 && nextInOrder > 0) {
                // a second pass over the page (changes mode records every member once the page is done): one parser
                // again, not one per item
                closeInOrder();
                nextInOrder = 0;
            }
            if (index == nextInOrder && arrayStart >= 0) {
                return readInOrder();
            }
            int start = starts[index];
            return Json.mapReader().readValue(body.bytes(), start, ends[index] - start);
        } catch (IOException e) {
            // the page was parsed whole when it was read: only a bug can bring us here
            throw new UncheckedIOException("item " + index + " of a page that was read before", e);
        }
    }

    /** The next item in order, from the parser that goes through the items array; closed after the last item. */
    private Map<String, Object> readInOrder() throws IOException {
        if (inOrder == null) {
            inOrder = Json.mapReader().createParser(body.bytes(), arrayStart, body.length() - arrayStart);
            inOrder.nextToken(); // the items array's '['
        }
        inOrder.nextToken(); // the item's '{'
        Map<String, Object> item = Json.mapReader().readValue(inOrder);
        if (++nextInOrder == size) {
            inOrder.close();
            inOrder = null;
        }
        return item;
    }

    /** The page is done with: its bytes may now hold the next page. */
    void release() {
        body = null;
        closeInOrder();
    }

    private void closeInOrder() {
        if (inOrder != null) {
            try {
                inOrder.close();
            } catch (IOException e) {
                // a parser over an array: nothing to close
            }
            inOrder = null;
        }
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("item " + index + " of a page of " + size);
        }
        if (body == null) {
            throw new IllegalStateException("item " + index + " of a page that was released: its bytes now hold the"
                    + " next page, and a walk holds one page at a time");
        }
    }

    @Override
    public int size() {
        return size;
    }
}
