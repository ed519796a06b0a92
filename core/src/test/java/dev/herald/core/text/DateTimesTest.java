package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2024-11-28T09:30:00Z, 2024-11-28T09:30:00Z",
        "2024-11-28T09:30+01:00, 2024-11-28T08:30:00Z",
        "2024-11-28, 2024-11-28T00:00:00Z",
        "2024-11-28T09:30:15.250-05:00, 2024-11-28T14:30:15.250Z",
    })
    void parsesTheFormsDesignAllows(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), DateTimes.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024-11-28T09:30", "yesterday", "28/11/2024", "2024-13-01", "2024-11-28 09:30Z",
        "+10000-01-01T00:00:00Z", "-0001-06-01T00:00:00Z", "24-11-28"})
    void rejectsAmbiguousOrInvalidDates(String text) {
        assertEquals(Optional.empty(), DateTimes.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0001-06-01T00:00:00Z, false", "1582-12-31T23:59:59Z, false", "1583-01-01T00:00:00Z, true",
        "9999-12-31T23:59:59Z, true"})
    void publishesDatesOfTheGregorianCalendarOnly(String date, boolean publishable) {
        assertEquals(publishable, DateTimes.isPublishable(Instant.parse(date)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-11-28 09:30Z | write a T between the date and the time (2024-11-28T09:30Z)",
        "2024-11-28T09:30 | it has no time zone: add Z for UTC (2024-11-28T09:30Z) or an offset such as +01:00",
        "2024-11-28 09:30:00 | it has no time zone: add Z for UTC (2024-11-28T09:30:00Z) or an offset such as +01:00",
        "2024-11-28 09:30:00 +0100 | write 2024-11-28T09:30:00+01:00",
        "2024-11-28 09:30 -0500 | write 2024-11-28T09:30-05:00",
        "2024/11/28 | write 2024-11-28",
        "28 Nov 2024 | write 2024-11-28",
        "November 28, 2024 | write 2024-11-28",
        "Nov. 28, 2024 | write 2024-11-28",
        "2024/11/31 | ",
        "yesterday | ",
        "2024-13-01T09:30 | "})
    void saysWhatANearMissLacks(String text, String said) {
        assertEquals(Optional.ofNullable(said), DateTimes.nearMiss(text));
    }
}
