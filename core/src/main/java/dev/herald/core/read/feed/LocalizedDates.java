package dev.herald.core.read.feed;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written with the month and weekday names of another language, as the CMSs of Brazilian,
 * French, German, Spanish, Italian and Dutch publishers write RFC 822 dates ({@code Seg, 24 Set
 * 2018 19:42:40 -0300}, {@code lun., 24 sept. 2018 …}), in English: the weekday left out, the
 * month named as English abbreviates it, and the {@code de} of {@code 12 de octubre de 2023} left
 * out. Names are told apart without their accents and case.
 */
final class LocalizedDates {

    private static final Map<String, String> MONTHS = Map.ofEntries(
            // English's own, for the forms with a dot ("Dec.") or written in another language's way ("déc.")
            Map.entry("feb", "Feb"), Map.entry("apr", "Apr"), Map.entry("may", "May"), Map.entry("jun", "Jun"),
            Map.entry("jul", "Jul"), Map.entry("aug", "Aug"), Map.entry("sep", "Sep"), Map.entry("oct", "Oct"),
            Map.entry("nov", "Nov"), Map.entry("dec", "Dec"),
            // Portuguese
            Map.entry("fev", "Feb"), Map.entry("fevereiro", "Feb"), Map.entry("marco", "Mar"), Map.entry("abr", "Apr"),
            Map.entry("abril", "Apr"), Map.entry("mai", "May"), Map.entry("maio", "May"), Map.entry("junho", "Jun"),
            Map.entry("julho", "Jul"), Map.entry("ago", "Aug"), Map.entry("agosto", "Aug"), Map.entry("set", "Sep"),
            Map.entry("setembro", "Sep"), Map.entry("out", "Oct"), Map.entry("outubro", "Oct"),
            Map.entry("novembro", "Nov"), Map.entry("dez", "Dec"), Map.entry("dezembro", "Dec"),
            Map.entry("janeiro", "Jan"),
            // Spanish
            Map.entry("ene", "Jan"), Map.entry("enero", "Jan"), Map.entry("febrero", "Feb"), Map.entry("marzo", "Mar"),
            Map.entry("mayo", "May"), Map.entry("junio", "Jun"), Map.entry("julio", "Jul"), Map.entry("sept", "Sep"),
            Map.entry("septiembre", "Sep"), Map.entry("setiembre", "Sep"), Map.entry("octubre", "Oct"),
            Map.entry("noviembre", "Nov"), Map.entry("dic", "Dec"), Map.entry("diciembre", "Dec"),
            // French
            Map.entry("janv", "Jan"), Map.entry("janvier", "Jan"), Map.entry("fevr", "Feb"), Map.entry("fevrier", "Feb"),
            Map.entry("mars", "Mar"), Map.entry("avr", "Apr"), Map.entry("avril", "Apr"), Map.entry("juin", "Jun"),
            Map.entry("juil", "Jul"), Map.entry("juillet", "Jul"), Map.entry("aout", "Aug"), Map.entry("septembre", "Sep"),
            Map.entry("octobre", "Oct"), Map.entry("novembre", "Nov"), Map.entry("decembre", "Dec"),
            // German
            Map.entry("jan", "Jan"), Map.entry("jaen", "Jan"), Map.entry("januar", "Jan"), Map.entry("februar", "Feb"),
            Map.entry("mar", "Mar"), Map.entry("maer", "Mar"), Map.entry("mrz", "Mar"), Map.entry("maerz", "Mar"),
            Map.entry("juni", "Jun"), Map.entry("juli", "Jul"), Map.entry("okt", "Oct"), Map.entry("oktober", "Oct"),
            Map.entry("dezember", "Dec"),
            // Italian
            Map.entry("gen", "Jan"), Map.entry("gennaio", "Jan"), Map.entry("febbraio", "Feb"), Map.entry("aprile", "Apr"),
            Map.entry("mag", "May"), Map.entry("maggio", "May"), Map.entry("giu", "Jun"), Map.entry("giugno", "Jun"),
            Map.entry("lug", "Jul"), Map.entry("luglio", "Jul"), Map.entry("settembre", "Sep"), Map.entry("ott", "Oct"),
            Map.entry("ottobre", "Oct"), Map.entry("dicembre", "Dec"),
            // Dutch
            Map.entry("januari", "Jan"), Map.entry("februari", "Feb"), Map.entry("mrt", "Mar"), Map.entry("maart", "Mar"),
            Map.entry("mei", "May"), Map.entry("augustus", "Aug"));

    /** A weekday before the day of the month: a word, with or without its dot, then a comma. */
    private static final Pattern WEEKDAY = Pattern.compile("^\\p{L}+\\.?,\\s*(?=\\d)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");

    private LocalizedDates() {
    }

    /** The date with its names in English; the same text when it names nothing this class knows. */
    static String inEnglish(String date) {
        String rest = WEEKDAY.matcher(date).replaceFirst("");
        Matcher words = WORD.matcher(rest);
        StringBuilder english = new StringBuilder();
        while (words.find()) {
            String word = plain(words.group());
            String month = MONTHS.get(word);
            words.appendReplacement(english, month != null ? month
                    : word.equals("de") || word.equals("del") ? "" : Matcher.quoteReplacement(words.group()));
        }
        words.appendTail(english);
        return english.toString().replaceAll("\\s+", " ").strip();
    }

    // "Mär" → "maer", "déc." → "dec", "Sáb" → "sab": lower case, umlauts as German spells them without
    private static String plain(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace(".", "").replace("ä", "ae");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
