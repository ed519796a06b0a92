package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDirectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ar, rtl", "ar-EG, rtl", "he, rtl", "iw, rtl", "fa-IR, rtl", "ur, rtl", "yi, rtl", "az-Arab, rtl",
        "ku-Arab-IQ, rtl", "en, ltr", "ja, ltr", "zh-Hant-TW, ltr", "ug-Cyrl, ltr", "de-CH, ltr", "'', ltr"})
    void givesTheDirectionOfALanguagesScript(String language, String direction) {
        assertEquals(direction, TextDirection.of(language));
    }
}
