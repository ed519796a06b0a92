package dev.herald.core.format.wire;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names of agencies and newspapers, as copy names them beside its writers or above its headline. */
final class Newsrooms {

    /** Agencies named in a byline beside its writers, who are the authors. */
    private static final Set<String> AGENCIES = Set.of("reuters", "associated press", "the associated press", "ap",
            "ap news", "afp", "agence france-presse", "bloomberg", "bloomberg news", "bbc news",
            // Europe's national agencies, as their copy names them
            "dpa", "dpa-afx", "efe", "agencia efe", "europa press", "ansa", "lusa", "anp", "belga", "apa", "sda", "keystone-sda",
            "tt", "ntb", "ritzau", "stt", "pap", "ctk", "čtk", "epa", "kna", "epd", "kyodo", "yonhap", "xinhua",
            "aap", "the canadian press", "upi", "anadolu", "tass", "interfax",
            // and Asia's and the Middle East's
            "pti", "ians", "ani", "uni", "jiji", "jiji press", "bernama", "antara", "irna", "kuna", "wam", "qna", "wafa");

    /** "Agencies" in the languages of the agencies above: "Le Monde avec agences". */
    private static final Set<String> AGENCIES_WORDS = Set.of("agencies", "wires", "agences", "agenturen", "agencias",
            "agenzie", "agências", "agentschappen", "byråer");

    /** The words newspapers' names end in: "The Daily Courier", "Evening Standard", "BBC News". */
    private static final Set<String> MASTHEAD_NOUNS = Set.of("News", "Times", "Post", "Herald", "Journal", "Tribune",
            "Courier", "Gazette", "Chronicle", "Guardian", "Telegraph", "Observer", "Independent", "Standard", "Mail",
            "Express", "Mirror", "Record", "Press", "Today", "Daily", "Weekly", "Review", "Star", "Globe", "Examiner",
            "Inquirer", "Register", "Sentinel", "Dispatch", "Bulletin", "Courant", "Monitor", "Enquirer", "Insider",
            "Wire",
            // and in the other languages whose pages are copied most: "Süddeutsche Zeitung", "Le Monde", "El Mundo"
            "Zeitung", "Allgemeine", "Rundschau", "Kurier", "Anzeiger", "Nachrichten", "Tagesspiegel", "Monde", "Figaro",
            "Temps", "Mundo", "País", "Tiempo", "Noticias", "Stampa", "Messaggero", "Gazzetta", "Jornal", "Notícias",
            "Dagblad", "Krant", "Tidning", "Tidningen", "Dagbladet", "Posten", "Avisen");

    /**
     * A story a newsroom wrote from an agency's copy, credited under its headline: "Le Monde with
     * AFP", "Le Monde avec AFP", "ZEIT ONLINE mit dpa", "El País con agencias".
     */
    private static final Pattern WITH_AGENCY = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’ -]{1,40} (?:with|avec|mit|con|com|met|med) (?:l['’])?(\\p{L}[\\p{L} -]{0,30})");

    /** A newsroom credited without a writer, as Italian and other pages set it: "Redazione ANSA", "Redaktion dpa". */
    private static final Pattern NEWSROOM_STAFF = Pattern.compile(
            "(?:Redazione|Redaktion|Rédaction|Redacción|Redação|Redactie|Redaktionen)\\s+\\p{L}[\\p{L}.'’ -]{0,30}");

    /** Masthead names are short: at most this many words. */
    private static final int MAX_WORDS = 4;

    private Newsrooms() {
    }

    /** Whether the text is an agency's name: "Reuters", "The Associated Press", "AFP". */
    static boolean isAgency(String name) {
        return AGENCIES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the text is "agencies" in a language whose agencies are listed: "agences", "Agenturen". */
    static boolean isAgenciesWord(String word) {
        return AGENCIES_WORDS.contains(word.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the line credits a newsroom, no writer: with the agency whose copy it used ("Le Monde
     * avec AFP"), or its staff as a whole ("Redazione ANSA").
     */
    static boolean isAgencyCredit(String line) {
        Matcher credit = WITH_AGENCY.matcher(line);
        return credit.matches() && (isAgency(credit.group(1)) || isAgenciesWord(credit.group(1)))
                || NEWSROOM_STAFF.matcher(line).matches();
    }

    /** Whether the text is an agency's or a newspaper's name: a few capitalised words ending in a masthead's noun. */
    static boolean isNewsroom(String name) {
        if (name.isBlank()) {
            return false; // ", Plymouth" under a byline names no newsroom before its comma
        }
        String[] words = name.strip().split("\\s+");
        return isAgency(name) || words.length <= MAX_WORDS
                && Arrays.stream(words).allMatch(word -> Character.isUpperCase(word.charAt(0)))
                && MASTHEAD_NOUNS.contains(capitalised(words[words.length - 1]));
    }

    // "TODAY" as in "USA TODAY" is the masthead noun "Today"
    private static String capitalised(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
