package dev.herald.core.format.wire;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A news page's time stamp, copied along with the story: "December 3, 2024 10:21 AM GMT+1",
 * "Updated 2 hours ago", "Published 03.12.2024, 10:21", "2h", "December 3, 2024 · 3 min read",
 * "Publié le 3 décembre 2024 à 10h21". A line of nothing but dates, times, zones and the words
 * around them (in English and the other languages whose pages are copied most), with at least one
 * number.
 */
final class TimeStamps {

    private static final Set<String> WORDS = Set.of("published", "updated", "last", "posted", "on", "at", "ago",
            "am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "bst",
            "cet", "cest", "eet", "eest", "ist", "jst", "aest", "aedt", "uk", "min", "mins", "minute", "minutes",
            "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "yesterday", "today", "read",
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
            "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
            "fri", "friday", "sat", "saturday", "sun", "sunday", "eastern", "central", "pacific", "mountain",
            "standard", "daylight", "time");

    /**
     * The same words in the other languages whose pages are copied most: German, French, Spanish,
     * Italian, Portuguese, Dutch and the Scandinavian ones ("Veröffentlicht am 03.12.2024, 10:21 Uhr",
     * "Publié le 3 décembre 2024 à 10h21", "Publicado el 3 dic 2024 - 10:21 CET").
     */
    private static final Set<String> OTHER_LANGUAGES_WORDS = Set.of(
            // German
            "veröffentlicht", "aktualisiert", "zuletzt", "stand", "um", "uhr", "vor", "minuten", "stunde",
            "stunden", "tag", "tagen", "heute", "gestern", "januar", "jänner", "februar", "märz", "mär", "mai", "juni",
            "juli", "oktober", "okt", "dezember", "dez", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
            "samstag", "sonntag",
            // French
            "publié", "publiée", "modifié", "modifiée", "mis", "à", "jour", "le", "les", "du", "de", "il", "y", "a",
            "heure", "heures", "mn", "aujourd'hui", "aujourd’hui", "hier", "janvier", "janv", "février", "févr", "fév",
            "mars", "avril", "avr", "juin", "juillet", "juil", "août", "septembre", "octobre", "novembre",
            "décembre", "déc", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            // Spanish
            "publicado", "publicada", "actualizado", "actualizada", "el", "la", "las", "del", "hace", "hoy", "ayer",
            "enero", "ene", "febrero", "marzo", "abril", "abr", "mayo", "junio", "julio", "agosto", "ago",
            "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "dic", "lunes", "martes", "miércoles",
            "jueves", "viernes", "sábado", "domingo", "h",
            // Italian
            "pubblicato", "aggiornato", "modificato", "modifica", "alle", "ore", "di", "fa", "oggi", "ieri",
            "gennaio", "gen", "febbraio", "aprile", "maggio", "mag", "giugno", "giu", "luglio", "lug", "settembre",
            "set", "ottobre", "ott", "dicembre", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
            "domenica",
            // Portuguese
            "atualizado", "atualizada", "em", "às", "as", "há", "hoje", "ontem", "janeiro", "fevereiro", "fev",
            "março", "maio", "junho", "julho", "setembro", "outubro", "out", "novembro", "dezembro",
            "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
            // Dutch
            "gepubliceerd", "bijgewerkt", "aangepast", "op", "uur", "geleden", "vandaag", "gisteren", "januari",
            "februari", "maart", "mrt", "mei", "augustus", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
            "zaterdag", "zondag",
            // Swedish, Norwegian, Danish
            "publicerad", "uppdaterad", "publisert", "oppdatert", "udgivet", "opdateret", "kl", "i", "idag",
            "igår", "maj", "augusti", "desember", "des", "måndag", "tisdag", "onsdag", "torsdag", "fredag",
            "lördag", "söndag", "mandag", "tirsdag", "lørdag", "søndag",
            // a reading time beside the stamp: "Veröffentlicht am 03.12.2024 | Lesedauer: 2 Minuten"
            "lesedauer", "lesezeit", "temps", "lecture", "tiempo", "lectura", "tempo", "lettura", "leitura",
            "leestijd", "lästid", "minutos", "minuti", "minuter", "minutter",
            // how long ago: "hace 2 horas", "il y a 3 jours", "2 giorni fa", "för 2 timmar sedan"
            "hora", "horas", "días", "dias", "giorno", "giorni", "jours", "timme", "timmar", "dag", "dagar",
            "sedan", "för");

    /** A day or year, a time, a zone offset, a numeric or ISO date. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(?:st|nd|rd|th|[mhdw])?"
            + "|\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?(?:am|pm)?|(?:gmt|utc)?[+-]\\d{1,2}(?::?\\d{2})?"
            + "|\\d{1,4}[.-]\\d{1,2}[.-]\\d{1,4}(?:t[\\d:.]+(?:z|[+-][\\d:]+)?)?");

    /** Where a page's two stamps meet without a space: "10:21 AM GMT+1Updated 2 hours ago". */
    private static final Pattern GLUED = Pattern.compile("(?<=[\\p{L}\\d])(?=(?:Updated|Published|Posted)\\b)");

    /** The place a time is given for, in parentheses after it. */
    private static final Pattern PLACE = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L} ]{1,30}\\)$");

    /** The place a page's time stamp names first: "Madrid - 03 dic 2024 - 10:21 CET". */
    private static final Pattern LEADING_PLACE = Pattern.compile("^\\p{Lu}[\\p{L} ]{1,30}\\s+[-–—]\\s+(?=\\d)");

    /** The story's sources after the stamp, as ZEIT ONLINE sets them: "… 10:21 Uhr Quelle: ZEIT ONLINE, dpa". */
    private static final Pattern SOURCES_AFTER = Pattern.compile("\\s+(?:Quelle|Source|Fuente|Fonte|Bron)\\s?:.{0,120}$");

    /** Time stamps are short: at most this many words. */
    private static final int MAX_WORDS = 20;

    /** What a page sets between its desk's credit and its time stamp: "TOI City Desk / TIMESOFINDIA.COM / Updated: …". */
    private static final Pattern CREDIT_SEPARATOR = Pattern.compile("\\s+[/|]\\s+");

    /** A desk's or site's name beside a time stamp is short: at most this many words. */
    private static final int MAX_CREDIT_WORDS = 4;

    private TimeStamps() {
    }

    /**
     * Whether the line is a time stamp beside the names of the desk and site it came from, as some
     * pages set them: "TOI City Desk / TIMESOFINDIA.COM / Updated: Dec 3, 2024, 10:32 IST",
     * "Updated on: December 3, 2024 / 10:21 AM EST / CBS News".
     */
    static boolean isCredited(String line) {
        String[] parts = CREDIT_SEPARATOR.split(line);
        boolean stamp = false;
        for (String part : parts) {
            if (is(part)) {
                stamp = true;
            } else if (part.split("\\s+").length > MAX_CREDIT_WORDS || !Character.isUpperCase(part.codePointAt(0))
                    || part.matches(".*[.!?]$")) {
                return false;
            }
        }
        return parts.length > 1 && stamp;
    }

    static boolean is(String line) {
        // "Published on December 3, 2024, at 2:12 pm (Paris)": the place the time is told in
        String sourceless = SOURCES_AFTER.matcher(line).replaceFirst("");
        String placeless = LEADING_PLACE.matcher(PLACE.matcher(sourceless).replaceFirst("")).replaceFirst("");
        String spaced = GLUED.matcher(placeless).replaceAll(" ");
        String[] tokens = spaced.toLowerCase(Locale.ROOT).split("[\\s,|·•/()\\[\\]]+");
        if (tokens.length > MAX_WORDS) {
            return false;
        }
        boolean number = false;
        for (String token : tokens) {
            String word = token.replaceAll("^[-–—:]+|[.:;]+$", "");
            if (word.isEmpty() || WORDS.contains(word) || OTHER_LANGUAGES_WORDS.contains(word)) {
                continue;
            }
            if (!NUMBER.matcher(word).matches()) {
                return false;
            }
            number = true;
        }
        return number;
    }
}
