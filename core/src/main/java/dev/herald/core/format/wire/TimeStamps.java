package dev.herald.core.format.wire;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A news page's time stamp, copied along with the story: "December 3, 2024 10:21 AM GMT+1",
 * "Updated 2 hours ago", "Published 03.12.2024, 10:21", "2h", "December 3, 2024 · 3 min read". A
 * line of nothing but dates, times, zones and the words around them, with at least one number.
 */
final class TimeStamps {

    private static final Set<String> WORDS = Set.of("published", "updated", "last", "posted", "on", "at", "ago",
            "am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "bst",
            "cet", "cest", "eet", "eest", "ist", "jst", "aest", "aedt", "uk", "min", "mins", "minute", "minutes",
            "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "yesterday", "today", "read",
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
            "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
            "fri", "friday", "sat", "saturday", "sun", "sunday");

    /** A day or year, a time, a zone offset, a numeric or ISO date. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(?:st|nd|rd|th|[mhdw])?"
            + "|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:am|pm)?|(?:gmt|utc)?[+-]\\d{1,2}(?::?\\d{2})?"
            + "|\\d{1,4}[.-]\\d{1,2}[.-]\\d{1,4}(?:t[\\d:.]+(?:z|[+-][\\d:]+)?)?");

    /** Where a page's two stamps meet without a space: "10:21 AM GMT+1Updated 2 hours ago". */
    private static final Pattern GLUED = Pattern.compile("(?<=[\\p{L}\\d])(?=(?:Updated|Published|Posted)\\b)");

    /** The place a time is given for, in parentheses after it. */
    private static final Pattern PLACE = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L} ]{1,30}\\)$");

    /** Time stamps are short: at most this many words. */
    private static final int MAX_WORDS = 14;

    private TimeStamps() {
    }

    static boolean is(String line) {
        // "Published on December 3, 2024, at 2:12 pm (Paris)": the place the time is told in
        String spaced = GLUED.matcher(PLACE.matcher(line).replaceFirst("")).replaceAll(" ");
        String[] tokens = spaced.toLowerCase(Locale.ROOT).split("[\\s,|·•/()\\[\\]]+");
        if (tokens.length > MAX_WORDS) {
            return false;
        }
        boolean number = false;
        for (String token : tokens) {
            String word = token.replaceAll("^[-–—:]+|[.:;]+$", "");
            if (word.isEmpty() || WORDS.contains(word)) {
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
