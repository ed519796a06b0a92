package dev.herald.core.format.wire;

import dev.herald.core.model.Tag;
import dev.herald.core.query.Slugs;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests tags for a story that has none: the site's vocabulary terms that occur in it, or
 * without a vocabulary the proper nouns and acronyms that recur most. Thread-safe.
 */
final class TagSuggester {

    /** Most tags suggested for one story. */
    static final int MAX_TAGS = 5;

    /** A proper noun must occur at least this often to be a tag. */
    private static final int MIN_OCCURRENCES = 2;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}-]*");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");

    /** Capitalised words that are titles or parts of names of meetings rather than subjects. */
    private static final Set<String> NOT_SUBJECTS = Set.of("minister", "ministerial", "president", "prime",
            "deputy", "foreign", "secretary", "general", "chief", "meeting", "government", "state", "states",
            "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");

    /**
     * Up to {@link #MAX_TAGS} tags, most frequent first.
     *
     * @param headlines the title and the section headings, often in title case, where a capital
     *                  shows no proper noun ("May Day Marches Draw Thousands in Paris")
     * @param body      the rest of the text
     */
    List<Tag> suggest(List<String> headlines, String body, List<Tag> vocabulary) {
        if (!vocabulary.isEmpty()) {
            return fromVocabulary(String.join("\n", headlines) + "\n" + body, vocabulary);
        }
        return fromProperNouns(headlines, body);
    }

    private static List<Tag> fromVocabulary(String text, List<Tag> vocabulary) {
        String lower = text.toLowerCase(Locale.ROOT);
        Map<Tag, Integer> counts = new LinkedHashMap<>();
        for (Tag tag : vocabulary) {
            Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(tag.label().toLowerCase(Locale.ROOT))
                    + "(?![\\p{L}\\p{N}])").matcher(lower);
            int count = 0;
            while (matcher.find()) {
                count++;
            }
            if (count > 0) {
                counts.put(tag, count);
            }
        }
        return mostFrequent(counts);
    }

    private static List<Tag> fromProperNouns(List<String> headlines, String body) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> seenMidSentence = new HashSet<>();
        Set<String> seenLowerCase = new HashSet<>();
        for (String headline : headlines) {
            count(headline, false, counts, seenMidSentence, seenLowerCase);
        }
        for (String sentence : body.split("(?<=[.!?:”\"])\\s+|\\R")) {
            count(sentence, true, counts, seenMidSentence, seenLowerCase);
        }
        Map<Tag, Integer> candidates = new LinkedHashMap<>();
        counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_OCCURRENCES && e.getKey().length() > 1)
                .filter(e -> seenMidSentence.contains(e.getKey()))
                .filter(e -> !seenLowerCase.contains(e.getKey().toLowerCase(Locale.ROOT)))
                .filter(e -> !NOT_SUBJECTS.contains(e.getKey().toLowerCase(Locale.ROOT)))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> tagOf(e.getKey()).ifPresent(tag -> candidates.putIfAbsent(tag, e.getValue())));
        return mostFrequent(candidates);
    }

    // a capital after a sentence's first word is a proper noun's, unless the line is a headline
    private static void count(String line, boolean sentence, Map<String, Integer> counts, Set<String> seenMidSentence,
            Set<String> seenLowerCase) {
        Matcher matcher = WORD.matcher(line);
        boolean first = true;
        while (matcher.find()) {
            String word = POSSESSIVE.matcher(matcher.group()).replaceFirst("");
            if (Character.isLowerCase(word.codePointAt(0))) {
                seenLowerCase.add(word.toLowerCase(Locale.ROOT));
            } else if (Character.isUpperCase(word.codePointAt(0))) {
                counts.merge(word, 1, Integer::sum);
                if (sentence && !first || isAcronym(word)) {
                    seenMidSentence.add(word);
                }
            }
            first = false;
        }
    }

    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.codePoints().allMatch(Character::isUpperCase);
    }

    private static Optional<Tag> tagOf(String word) {
        return Slugs.tag(word);
    }

    private static List<Tag> mostFrequent(Map<Tag, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Tag, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().slug(), Comparator.naturalOrder()))
                .limit(MAX_TAGS)
                .map(Map.Entry::getKey)
                .toList();
    }
}
