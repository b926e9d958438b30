package io.github.camelcustomerio.customers.simulator.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A path such as {@code /v1/segments/{segment_id}/membership}, matched segment by segment against decoded paths. */
final class PathTemplate {

    private final String text;
    private final List<String> segments;

    PathTemplate(String text) {
        this.text = text;
        this.segments = List.of(text.substring(1).split("/"));
    }

    /** The captured {@code {name}} values, or {@code null} when the path does not match. */
    Map<String, String> match(List<String> decodedSegments) {
        if (decodedSegments.size() != segments.size()) {
            return null;
        }
        Map<String, String> captured = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String actual = decodedSegments.get(i);
            if (expected.startsWith("{")) {
                if (actual.isEmpty()) {
                    return null;
                }
                captured.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return captured;
    }

    @Override
    public String toString() {
        return text;
    }
}
