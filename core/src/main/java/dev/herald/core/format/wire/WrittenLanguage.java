package dev.herald.core.format.wire;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language a story is written in, told by its most frequent small words, among those whose
 * pages and agencies the wire-copy reader knows: English, German, French, Spanish, Italian,
 * Portuguese, Dutch and Swedish. Only a clear answer counts: enough of one language's words, at
 * least twice as many as any other's. (A general language detector, such as Lingua, is an 80 MB jar
 * with Kotlin and fastutil beside it; these eight languages need a few lists of words.)
 */
final class WrittenLanguage {

    /** Words frequent in one language's news and rare in the others' (words several share are left out). */
    private static final Map<String, Set<String>> WORDS = words();

    /** A story must show at least this many of its language's words to be told. */
    private static final int MIN_WORDS = 12;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}’']+");

    private WrittenLanguage() {
    }

    /** The story's language as an ISO 639-1 code, or empty when its words do not tell it clearly. */
    static Optional<String> of(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
            WORDS.forEach((language, words) -> {
                if (words.contains(word)) {
                    counts.merge(language, 1, Integer::sum);
                }
            });
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_WORDS
                || ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
            return Optional.empty();
        }
        return Optional.of(ranked.get(0).getKey());
    }

    private static Map<String, Set<String>> words() {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        words.put("en", Set.of("the", "and", "of", "to", "is", "that", "for", "on", "with", "was", "said", "it", "as",
                "by", "at", "from", "his", "her", "has", "have", "were", "will", "are", "be", "this", "an", "which",
                "their", "after", "been", "who"));
        words.put("de", Set.of("der", "die", "und", "das", "den", "nicht", "ist", "mit", "sich", "auf", "für",
                "dem", "eine", "ein", "auch", "wird", "von", "zu", "im", "bei", "nach", "sagte", "hat", "wurde",
                "werden", "sind", "aus", "einen", "einer", "am", "um", "noch"));
        words.put("fr", Set.of("le", "les", "des", "et", "est", "une", "du", "dans", "pour", "qui", "sur", "par", "pas",
                "au", "avec", "ont", "été", "sont", "aux", "ce", "elle", "cette", "mais", "selon", "plus", "son",
                "ses", "sa"));
        words.put("es", Set.of("el", "los", "las", "y", "del", "se", "su", "al", "lo", "como", "más", "fue", "según",
                "sus", "este", "esta", "pero"));
        words.put("it", Set.of("di", "che", "per", "della", "dei", "gli", "è", "non", "sono", "alla", "nel", "nella",
                "anche", "ai", "delle", "questo", "stato"));
        words.put("pt", Set.of("o", "os", "do", "dos", "em", "na", "uma", "com", "não", "foi", "ao", "é",
                "pelo", "pela", "seu", "sua"));
        words.put("nl", Set.of("het", "een", "van", "dat", "op", "te", "voor", "met", "niet", "zijn", "aan", "ook",
                "werd", "heeft", "door", "bij", "naar", "wordt", "er", "maar", "nog"));
        words.put("sv", Set.of("och", "att", "det", "som", "är", "av", "för", "med", "till", "på", "har", "inte",
                "om", "ett", "var", "vid", "sig", "från", "kommer", "efter", "eller", "också"));
        return words;
    }
}
