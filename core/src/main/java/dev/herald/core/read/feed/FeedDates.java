package dev.herald.core.read.feed;

import dev.herald.core.text.DateTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Dates as real feeds write them, beyond what their specifications allow: RFC 822 with or
 * without the weekday, seconds or a known zone, or with a 12-hour clock ({@code 8:56 am PST}),
 * ISO 8601 with a space or without a zone, and slashed forms such as {@code 2020/1/10 14:33:00};
 * month and weekday names of other languages too ({@link LocalizedDates}). A date without a zone
 * is taken as UTC, as feed readers do.
 */
final class FeedDates {

    /** Zone abbreviations RFC 822 names, and a few more that feeds use. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"),
            Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"), Map.entry("BST", "+0100"), Map.entry("JST", "+0900"));

    private static final List<DateTimeFormatter> ZONED = List.of(
            pattern("EEE, d MMM yyyy H:mm[:ss] Z"),
            pattern("d MMM yyyy H:mm[:ss] Z"),
            pattern("EEE, d MMM yy H:mm[:ss] Z"),
            pattern("d MMM yy H:mm[:ss] Z"),
            pattern("EEE, d MMMM yyyy H:mm[:ss] Z"),
            pattern("EEE, d MMM yyyy h:mm[:ss] a Z"),
            pattern("d MMM yyyy h:mm[:ss] a Z"),
            pattern("yyyy-M-d'T'H:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][.SS][.S]XXX"),
            pattern("yyyy-M-d H:mm[:ss][.SSS]XXX"),
            pattern("yyyy-M-d H:mm[:ss][.SSS] Z"),
            pattern("yyyy-M-d'T'H:mm[:ss]Z"));

    private static final List<DateTimeFormatter> LOCAL = List.of(
            pattern("EEE, d MMM yyyy H:mm[:ss]"),
            pattern("d MMM yyyy H:mm[:ss]"),
            pattern("yyyy-M-d'T'H:mm[:ss][.SSS]"),
            pattern("yyyy-M-d H:mm[:ss]"),
            pattern("yyyy/M/d H:mm[:ss]"),
            pattern("yyyy/M/d'T'H:mm[:ss]"),
            pattern("yyyy.M.d H:mm[:ss]"));

    private static final List<DateTimeFormatter> DATES = List.of(
            pattern("yyyy-M-d"), pattern("yyyy/M/d"), pattern("yyyy.M.d"), pattern("EEE, d MMM yyyy"),
            pattern("d MMM yyyy"), pattern("MMMM d, yyyy"), pattern("MMM d, yyyy"));

    private FeedDates() {
    }

    /** The instant {@code text} names, or empty when it is no date these forms know. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Instant> parsed = parseAsWritten(text);
        if (parsed.isEmpty()) {
            String english = LocalizedDates.inEnglish(text.strip());
            return english.equals(text.strip()) ? parsed : parseAsWritten(english);
        }
        return parsed;
    }

    private static Optional<Instant> parseAsWritten(String text) {
        String date = zoneAsOffset(text.strip().replaceAll("\\s+", " "));
        Optional<Instant> strict = DateTimes.parse(date);
        if (strict.isPresent()) {
            return strict;
        }
        for (DateTimeFormatter format : ZONED) {
            Optional<TemporalAccessor> parsed = tryParse(format, date);
            if (parsed.isPresent()) {
                return Optional.of(ZonedDateTime.from(parsed.get()).toInstant());
            }
        }
        for (DateTimeFormatter format : LOCAL) {
            Optional<TemporalAccessor> parsed = tryParse(format, date);
            if (parsed.isPresent()) {
                return Optional.of(LocalDateTime.from(parsed.get()).toInstant(ZoneOffset.UTC));
            }
        }
        for (DateTimeFormatter format : DATES) {
            Optional<TemporalAccessor> parsed = tryParse(format, date);
            if (parsed.isPresent()) {
                return Optional.of(LocalDate.from(parsed.get()).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        }
        return Optional.empty();
    }

    // "Mon, 06 Sep 2010 00:01:00 EST" → "… -0500"; Java's own zone names are ambiguous
    private static String zoneAsOffset(String date) {
        int space = date.lastIndexOf(' ');
        if (space < 0) {
            return date;
        }
        String zone = ZONES.get(date.substring(space + 1).toUpperCase(Locale.ROOT));
        return zone == null ? date : date.substring(0, space + 1) + zone;
    }

    private static Optional<TemporalAccessor> tryParse(DateTimeFormatter format, String text) {
        try {
            return Optional.of(format.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
