package dev.herald.core.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The date-time forms an article may use: RFC 3339 with an offset, or a bare date (midnight UTC). */
public final class DateTimes {

    /** The first year of the Gregorian calendar that feed libraries count in throughout. */
    public static final int FIRST_GREGORIAN_YEAR = 1583;

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-");

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
}
