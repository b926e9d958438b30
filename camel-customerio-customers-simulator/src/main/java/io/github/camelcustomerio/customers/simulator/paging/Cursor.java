package io.github.camelcustomerio.customers.simulator.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A keyset paging position: the ordering key of the last item of the previous page. Because the next page
 * starts strictly after that key, people added or removed meanwhile never make a walk skip or repeat an
 * item that stayed. On the wire it is opaque base64 of {@code "<position>:<tie breaker>"}, the same look as
 * the App API's own {@code next} values.
 *
 * @param position   the main ordering key (a sequence number, a member index or a timestamp)
 * @param tieBreaker the secondary key for orders that need one (timelines), otherwise 0
 */
public record Cursor(long position, long tieBreaker) {

    private static final Pattern FORMAT = Pattern.compile("(-?\\d{1,19}):(-?\\d{1,19})");

    public static Cursor at(long position) {
        return new Cursor(position, 0);
    }

    public String encode() {
        return Base64.getEncoder().encodeToString((position + ":" + tieBreaker).getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws IllegalArgumentException when {@code encoded} was not produced by {@link #encode()} */
    public static Cursor decode(String encoded) {
        String text;
        try {
            text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a paging cursor: " + encoded, e);
        }
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a paging cursor: " + encoded);
        }
        try {
            return new Cursor(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a paging cursor: " + encoded, e);
        }
    }

    /**
     * Takes up to {@code limit} items from {@code candidates} (already positioned after the cursor, in order)
     * and tells whether more follow, by looking one item further.
     */
    public static <T> Page<T> page(Iterator<T> candidates, int limit, Function<T, Cursor> positionOf) {
        List<T> items = new ArrayList<>(Math.min(limit, 1024));
        while (candidates.hasNext()) {
            T candidate = candidates.next();
            if (items.size() == limit) {
                return new Page<>(items, positionOf.apply(items.get(items.size() - 1)));
            }
            items.add(candidate);
        }
        return new Page<>(items, null);
    }

    /**
     * One page of the items of a map ordered by sequence number that pass {@code filter}, starting after
     * {@code after} ({@code null} for the first page); each item's position is its sequence number.
     */
    public static <T> Page<T> page(NavigableMap<Long, T> bySequence, Predicate<T> filter, Cursor after, int limit) {
        NavigableMap<Long, T> candidates = after == null ? bySequence : bySequence.tailMap(after.position(), false);
        Iterator<Map.Entry<Long, T>> matches = candidates.entrySet().stream()
                .filter(entry -> filter.test(entry.getValue()))
                .iterator();
        return page(matches, limit, entry -> at(entry.getKey())).map(Map.Entry::getValue);
    }
}
