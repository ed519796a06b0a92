package dev.herald.core.format.wire;

import dev.herald.core.model.Tag;
import dev.herald.core.query.Slugs;
import java.util.Comparator;
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
 * without a vocabulary the proper nouns and acronyms that recur most. In German (and
 * Luxembourgish), which writes every noun with a capital, a capital tells no name from a noun
 * ("Investitionen", "Paket"): there only names of several words and acronyms are suggested.
 * Thread-safe.
 */
final class TagSuggester {

    /** Most tags suggested for one story. */
    static final int MAX_TAGS = 5;

    /** A dateline and its agency's credit open a story within this many characters. */
    private static final int DATELINE_LENGTH = 100;

    /** The credit in a dateline, before its dash or the story's first word: "(Lusa) -", "(AP) —", "(PTI) The". */
    private static final Pattern DATELINE_CREDIT = Pattern.compile(
            "\\((\\p{L}[\\p{L} .-]{0,30})\\)\\.?\\s*(?:-{1,2}|[–—]|\\p{Lu})");

    /** A proper noun must occur at least this often to be a tag. */
    private static final int MIN_OCCURRENCES = 2;

    /** The primary language subtags of languages that capitalise every noun. */
    private static final Set<String> NOUNS_CAPITALISED = Set.of("de", "lb");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]+");

    /**
     * Up to {@link #MAX_TAGS} tags, most frequent first.
     *
     * @param language the story's BCP 47 language tag
     */
    List<Tag> suggest(StoryText text, List<Tag> vocabulary, String language) {
        if (!vocabulary.isEmpty()) {
            return fromVocabulary(text.all(), vocabulary);
        }
        String primary = language.toLowerCase(Locale.ROOT).split("-", 2)[0];
        return fromProperNouns(text, NOUNS_CAPITALISED.contains(primary));
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

    private static List<Tag> fromProperNouns(StoryText text, boolean nounsCapitalised) {
        // "ROTTERDAM" in a dateline and "Rotterdam" in the story are one tag, under the name as usually
        // written (not in capitals), else as said most
        Map<String, Tag> bySlug = new LinkedHashMap<>();
        Map<Tag, Integer> candidates = new LinkedHashMap<>();
        Optional<String> creditedAgency = creditedAgency(text.body());
        new ProperNouns(text).counts().entrySet().stream()
                .filter(e -> !nounsCapitalised || e.getKey().contains(" ") || ACRONYM.matcher(e.getKey()).matches())
                .filter(e -> creditedAgency.filter(e.getKey()::equals).isEmpty())
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> inCapitals(e.getKey()))
                        .thenComparing(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> tagOf(e.getKey()).ifPresent(tag ->
                        candidates.merge(bySlug.computeIfAbsent(tag.slug(), slug -> tag), e.getValue(), Integer::sum)));
        candidates.values().removeIf(count -> count < MIN_OCCURRENCES);
        return mostFrequent(candidates);
    }

    // the agency whose copy it is, credited in the dateline ("Lisboa, 07 dez 2026 (Lusa) - ", "PORTLAND,
    // Maine (AP) — ", "New Delhi, Dec 7 (PTI) The …"), is no topic of the story; an agency's initials
    // elsewhere may be ("the EPA said")
    private static Optional<String> creditedAgency(String body) {
        Matcher credit = DATELINE_CREDIT.matcher(body).region(0, Math.min(body.length(), DATELINE_LENGTH));
        return credit.find() && Newsrooms.isAgency(credit.group(1)) ? Optional.of(credit.group(1)) : Optional.empty();
    }

    // "ROTTERDAM" or "LYON" as a dateline sets it, "NATO" as an acronym is written: the form in
    // capitals names the tag only where the story has no other
    private static boolean inCapitals(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT));
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
