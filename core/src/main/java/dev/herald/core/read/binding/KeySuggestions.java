package dev.herald.core.read.binding;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.core.problem.Problems;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Unknown keys, reported with the key a typo was meant to be: "publised" → "published". Unknown
 * keys are errors, not silently dropped.
 */
public final class KeySuggestions {

    private static final int MAX_DISTANCE = 2;

    private KeySuggestions() {
    }

    /** Reports every key of the object that is not allowed; false if there was one. */
    static boolean checkKeys(JsonNode object, Set<String> allowed, String field, int line, Problems problems) {
        boolean ok = true;
        for (var names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.error(line, field, unknownKey(name, allowed));
                ok = false;
            }
        }
        return ok;
    }

    /**
     * The names other publishers (Hugo, Jekyll, WordPress, JSON Feed, Atom) give the keys of an
     * article, and what Herald calls them: front matter brought over from another site says so.
     */
    private static final Map<String, String> OTHER_NAMES = Map.ofEntries(Map.entry("date", "published"),
            Map.entry("pubdate", "published"), Map.entry("publishdate", "published"),
            Map.entry("date_published", "published"), Map.entry("lastmod", "updated"),
            Map.entry("modified", "updated"), Map.entry("date_modified", "updated"), Map.entry("author", "authors"),
            Map.entry("categories", "tags"), Map.entry("category", "tags"), Map.entry("keywords", "tags"),
            Map.entry("description", "summary"), Map.entry("excerpt", "summary"), Map.entry("slug", "id"),
            Map.entry("url", "link"), Map.entry("permalink", "link"), Map.entry("content", "body"),
            Map.entry("content_html", "bodyHtml"), Map.entry("lang", "language"), Map.entry("expirydate", "expires"));

    /** The names other publishers' site settings give Herald's (Hugo's config, Jekyll's {@code _config.yml}). */
    private static final Map<String, String> OTHER_SETTING_NAMES = Map.of("baseurl", "baseUrl", "url", "baseUrl",
            "languagecode", "language", "lang", "language", "staticdir", "static", "author", "authors");

    /** "unknown key "publised" (did you mean "published"?)"; "unknown key "date" (Herald calls it "published")". */
    static String unknownKey(String name, Set<String> allowed) {
        return unknownKey(name, allowed, OTHER_NAMES);
    }

    /** As {@link #unknownKey}, for a key of the site's settings ({@code herald.yaml}). */
    public static String unknownSetting(String name, Set<String> allowed) {
        return unknownKey(name, allowed, OTHER_SETTING_NAMES);
    }

    private static String unknownKey(String name, Set<String> allowed, Map<String, String> otherNames) {
        String message = "unknown key " + FieldValues.quote(name);
        String herald = otherNames.get(name.toLowerCase(Locale.ROOT));
        if (herald != null && allowed.contains(herald)) {
            return message + " (Herald calls it \"" + herald + "\")";
        }
        return closest(name, allowed).map(s -> message + " (did you mean \"" + s + "\"?)").orElse(message);
    }

    static Optional<String> closest(String typo, Collection<String> keys) {
        String lower = typo.toLowerCase(Locale.ROOT);
        // a short typo is close to too many keys to guess from: "c" is two edits from "id"
        int limit = Math.min(MAX_DISTANCE, typo.length() / 2);
        return keys.stream()
                .filter(key -> distance(lower, key.toLowerCase(Locale.ROOT)) <= limit)
                .min(Comparator.comparingInt((String key) -> distance(lower, key.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Levenshtein distance, two rows at a time. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
