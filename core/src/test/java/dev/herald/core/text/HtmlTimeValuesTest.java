package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTimeValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-05", "2024-05-01", "2024-02-29", "18:30", "18:30:05", "18:30:05.250",
        "2024-05-01T18:30", "2024-05-01 18:30:05", "2024-05-01T18:30Z", "2024-05-01T18:30:00.5+02:00",
        "2024-05-01T18:30-0330", "12024-01-01"})
    void takesTheFormsTheStandardAllows(String value) {
        assertTrue(HtmlTimeValues.valid(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "next Tuesday", "0000", "24", "2024-13", "2024-02-30", "2023-02-29", "24:00", "18:60",
        "18:30:60", "2024-05T18:30", "2024-05-01T18:30+24:00", "2024-05-01T18:30+02:60", "2024-05-01T18:30z",
        "2024-05-01t18:30", " 2024-05-01", "2024-05-01Z", "1 May 2024", "PT2H"})
    void refusesTheRest(String value) {
        assertFalse(HtmlTimeValues.valid(value), value);
    }
}
