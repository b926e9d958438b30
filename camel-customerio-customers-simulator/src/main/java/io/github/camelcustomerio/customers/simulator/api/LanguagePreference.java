package io.github.camelcustomerio.customers.simulator.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the language of the subscription centre's texts: the {@code language} query parameter, else the
 * best {@code Accept-Language} entry the workspace has texts in ({@code fr-CA} falls back to {@code fr}),
 * else the workspace's default language.
 */
final class LanguagePreference {

    private record Weighted(String tag, double quality, int position) {}

    private LanguagePreference() {}

    static String choose(
            String languageParameter, String acceptLanguage, Set<String> available, String defaultLanguage) {
        for (String candidate : candidates(languageParameter, acceptLanguage)) {
            if (candidate.equals("*")) {
                return defaultLanguage;
            }
            if (available.contains(candidate)) {
                return candidate;
            }
            int dash = candidate.indexOf('-');
            if (dash > 0 && available.contains(candidate.substring(0, dash))) {
                return candidate.substring(0, dash);
            }
        }
        return defaultLanguage;
    }

    private static List<String> candidates(String languageParameter, String acceptLanguage) {
        if (languageParameter != null && !languageParameter.isBlank()) {
            return List.of(normalized(languageParameter));
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        List<Weighted> weighted = new ArrayList<>();
        String[] entries = acceptLanguage.split(",");
        for (int i = 0; i < entries.length; i++) {
            String[] parts = entries[i].trim().split(";");
            double quality = 1.0;
            for (int p = 1; p < parts.length; p++) {
                String parameter = parts[p].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (!parts[0].isBlank() && quality > 0) {
                weighted.add(new Weighted(normalized(parts[0]), quality, i));
            }
        }
        weighted.sort(Comparator.comparingDouble(Weighted::quality).reversed().thenComparingInt(Weighted::position));
        return weighted.stream().map(Weighted::tag).toList();
    }

    private static String normalized(String tag) {
        return tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
