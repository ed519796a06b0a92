package dev.herald.core.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The date-time forms an article may use: RFC 3339 with an offset, or a bare date (midnight UTC). */
public final class DateTimes {

    private DateTimes() {
    }

    /**
     * Parses {@code 2024-11-28T09:30:00Z}, {@code 2024-11-28T09:30+01:00} or {@code 2024-11-28};
     * empty if the text is none of these (a date-time without an offset is ambiguous, so rejected).
     */
    public static Optional<Instant> parse(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.length() == 10) {
                return Optional.of(LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
