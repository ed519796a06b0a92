package dev.herald.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a {@code <time>} element's value (its {@code datetime}, else its text) is one the HTML
 * standard allows: a year, a month, a date, a time, or a date and time, with or without a zone
 * offset ({@code 2024}, {@code 2024-05}, {@code 2024-05-01}, {@code 18:30}, {@code
 * 2024-05-01T18:30:00.5+02:00}). The rarer forms (weeks, yearless dates, durations) are not
 * recognised: such an element is published as its text, which loses the reader nothing.
 */
final class HtmlTimeValues {

    private static final String DATE = "(\\d{4,})(?:-(\\d\\d)(?:-(\\d\\d))?)?";
    private static final String TIME = "(\\d\\d):(\\d\\d)(?::(\\d\\d)(?:\\.\\d{1,3})?)?";
    private static final String ZONE = "(?:Z|[+-](\\d\\d):?(\\d\\d))";
    private static final Pattern DATE_TIME = Pattern.compile(DATE + "(?:[T ]" + TIME + ZONE + "?)?");
    private static final Pattern TIME_ONLY = Pattern.compile(TIME);

    private HtmlTimeValues() {
    }

    static boolean valid(String value) {
        Matcher time = TIME_ONLY.matcher(value);
        if (time.matches()) {
            return validTime(time, 1);
        }
        Matcher dateTime = DATE_TIME.matcher(value);
        if (!dateTime.matches()) {
            return false;
        }
        boolean withTime = dateTime.group(4) != null;
        boolean withZoneOffset = dateTime.group(7) != null;
        return validDate(dateTime)
                && (!withTime || dateTime.group(3) != null && validTime(dateTime, 4)) // a time only after a whole date
                && (!withZoneOffset || Integer.parseInt(dateTime.group(7)) <= 23 && Integer.parseInt(dateTime.group(8)) <= 59);
    }

    private static boolean validDate(Matcher date) {
        // LocalDate's years end at 999,999,999
        int year = date.group(1).length() > 9 ? 0 : Integer.parseInt(date.group(1));
        if (year <= 0) {
            return false;
        }
        if (date.group(2) == null) {
            return true;
        }
        int month = Integer.parseInt(date.group(2));
        if (date.group(3) == null) {
            return month >= 1 && month <= 12;
        }
        try {
            LocalDate.of(year, month, Integer.parseInt(date.group(3)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean validTime(Matcher time, int first) {
        return Integer.parseInt(time.group(first)) <= 23 && Integer.parseInt(time.group(first + 1)) <= 59
                && (time.group(first + 2) == null || Integer.parseInt(time.group(first + 2)) <= 59);
    }
}
