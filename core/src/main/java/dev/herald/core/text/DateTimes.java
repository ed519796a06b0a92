package dev.herald.core.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The date-time forms an article may use: RFC 3339 with an offset, or a bare date (midnight UTC). */
public final class DateTimes {

    /** The first year of the Gregorian calendar that feed libraries count in throughout. */
    public static final int FIRST_GREGORIAN_YEAR = 1583;

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-");

    /** "2026-12-01 10:00:00 +0100", as Jekyll and Hugo write dates. */
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*([+-]\\d{2}):?(\\d{2})");

    /** "2026/12/01". */
    private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{4})/(\\d{2})/(\\d{2})");

    /** Dates as English prose writes them: "1 Dec 2026", "December 1, 2026". */
    private static final List<DateTimeFormatter> WRITTEN_DATES = Stream.of("d MMM uuuu", "d MMMM uuuu", "MMM d, uuuu",
            "MMMM d, uuuu", "MMM. d, uuuu").map(form -> new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern(form).toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT)).toList();

    private DateTimes() {
    }

    /**
     * Parses {@code 2024-11-28T09:30:00Z}, {@code 2024-11-28T09:30+01:00} or {@code 2024-11-28};
     * empty if the text is none of these (a date-time without an offset is ambiguous, so rejected).
     */
    public static Optional<Instant> parse(String text) {
        String trimmed = text.strip();
        if (!FOUR_DIGIT_YEAR.matcher(trimmed).lookingAt()) {
            // java.time also reads "+10000-01-01" and "-0001-01-01", which RFC 3339 has no room for
            return Optional.empty();
        }
        try {
            if (trimmed.length() == 10) {
                return Optional.of(LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether an article may carry this date: RSS and Atom libraries write earlier dates in the
     * Julian calendar (1 June of the year 1 comes out as 3 June), where JSON and pages do not.
     */
    public static boolean isPublishable(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).getYear() >= FIRST_GREGORIAN_YEAR;
    }

    /**
     * How to write a date-time {@link #parse} refuses: what the text lacks when it is close to one,
     * else the accepted forms.
     */
    public static String howToWrite(String text) {
        return nearMiss(text).orElse("use 2024-11-28T09:30:00Z, 2024-11-28T09:30+01:00 or 2024-11-28");
    }

    /**
     * What is wrong with a text {@link #parse} refuses, when it is close to a date-time: written
     * with a space for the {@code T}, or without a time zone. Empty when it is not close.
     */
    public static Optional<String> nearMiss(String text) {
        String trimmed = text.strip();
        Optional<String> rewritten = rewritten(trimmed).filter(candidate -> parse(candidate).isPresent());
        if (rewritten.isPresent()) {
            return Optional.of("write " + rewritten.get());
        }
        if (trimmed.length() > 11 && trimmed.charAt(10) == ' ') {
            String withT = trimmed.substring(0, 10) + "T" + trimmed.substring(11);
            if (parse(withT).isPresent()) {
                return Optional.of("write a T between the date and the time (" + withT + ")");
            }
            trimmed = withT;
        }
        try {
            LocalDateTime.parse(trimmed);
            return Optional.of("it has no time zone: add Z for UTC (" + trimmed + "Z) or an offset such as +01:00");
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // the same instant or day in a form parse reads, for the forms other generators and people write:
    // Jekyll's and Hugo's "2026-12-01 10:00:00 +0100", "2026/12/01", "1 Dec 2026", "December 1, 2026"
    private static Optional<String> rewritten(String text) {
        Matcher offset = OFFSET_WITHOUT_COLON.matcher(text);
        if (offset.matches()) {
            return Optional.of(offset.group(1) + "T" + offset.group(2) + offset.group(3) + ":" + offset.group(4));
        }
        Matcher slashed = SLASHED_DATE.matcher(text);
        if (slashed.matches()) {
            return Optional.of(slashed.group(1) + "-" + slashed.group(2) + "-" + slashed.group(3));
        }
        for (DateTimeFormatter written : WRITTEN_DATES) {
            try {
                return Optional.of(LocalDate.parse(text, written).toString());
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }
}
