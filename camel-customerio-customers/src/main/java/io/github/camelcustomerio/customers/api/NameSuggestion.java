package io.github.camelcustomerio.customers.api;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The closest of a list of names to a misspelt one, for "did you mean" in error messages. */
final class NameSuggestion {

    private NameSuggestion() {}

    /**
     * The candidate with the fewest edits from {@code given}, case, underscores and dashes aside (so that
     * {@code get_segment_membership} and {@code GetSegment} find their camelCase names).
     */
    static String closest(String given, List<String> candidates) {
        String wanted = comparable(given);
        return candidates.stream()
                .min(Comparator.comparingInt((String candidate) -> editDistance(comparable(candidate), wanted)))
                .orElseThrow();
    }

    private static String comparable(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
