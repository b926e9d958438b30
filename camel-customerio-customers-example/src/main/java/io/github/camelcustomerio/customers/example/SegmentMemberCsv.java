package io.github.camelcustomerio.customers.example;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Segment members as CSV (RFC 4180): the header line and one line per member, with the columns id, email and cio_id.
 * A member without an email (or id) gets an empty cell.
 */
public class SegmentMemberCsv {

    private static final String[] COLUMNS = {"id", "email", "cio_id"};
    private static final String LINE_END = "\r\n";

    public String header() {
        return line(Stream.of(COLUMNS));
    }

    /** The line of one member of a getSegmentMembership answer: {@code {"id":...,"email":...,"cio_id":...}}. */
    public String member(Map<String, Object> member) {
        return line(Stream.of(COLUMNS).map(member::get));
    }

    private static String line(Stream<?> cells) {
        return cells.map(SegmentMemberCsv::cell).collect(Collectors.joining(",")) + LINE_END;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean needsQuotes = text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n");
        return needsQuotes ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
