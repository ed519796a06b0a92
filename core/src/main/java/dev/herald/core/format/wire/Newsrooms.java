package dev.herald.core.format.wire;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** The names of agencies and newspapers, as copy names them beside its writers or above its headline. */
final class Newsrooms {

    /** Agencies named in a byline beside its writers, who are the authors. */
    private static final Set<String> AGENCIES = Set.of("reuters", "associated press", "the associated press", "ap",
            "ap news", "afp", "agence france-presse", "bloomberg", "bloomberg news", "bbc news");

    /** The nouns newspapers' names end in: "The Daily Courier", "Evening Standard", "BBC News". */
    private static final Set<String> MASTHEAD_NOUNS = Set.of("News", "Times", "Post", "Herald", "Journal", "Tribune",
            "Courier", "Gazette", "Chronicle", "Guardian", "Telegraph", "Observer", "Independent", "Standard", "Mail",
            "Express", "Mirror", "Record", "Press", "Today", "Daily", "Weekly", "Review", "Star", "Globe", "Examiner",
            "Inquirer", "Register", "Sentinel", "Dispatch", "Bulletin", "Courant", "Monitor", "Enquirer", "Insider",
            "Wire");

    /** Masthead names are short: at most this many words. */
    private static final int MAX_WORDS = 4;

    private Newsrooms() {
    }

    /** Whether the text is an agency's name: "Reuters", "The Associated Press", "AFP". */
    static boolean isAgency(String name) {
        return AGENCIES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the text is an agency's or a newspaper's name: a few capitalised words ending in a masthead's noun. */
    // "TODAY" as in "USA TODAY" is the masthead noun "Today"
    private static String capitalised(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    static boolean isNewsroom(String name) {
        if (name.isBlank()) {
            return false; // ", Plymouth" under a byline names no newsroom before its comma
        }
        String[] words = name.strip().split("\\s+");
        return isAgency(name) || words.length <= MAX_WORDS
                && Arrays.stream(words).allMatch(word -> Character.isUpperCase(word.charAt(0)))
                && MASTHEAD_NOUNS.contains(capitalised(words[words.length - 1]));
    }
}
