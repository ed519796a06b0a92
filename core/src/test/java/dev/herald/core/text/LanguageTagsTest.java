package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Language tags as settings and articles must write them, and as feeds of the wider world do. */
class LanguageTagsTest {

    @ParameterizedTest
    @CsvSource({"en, en", "pt-br, pt-BR", "EN-gb, en-GB", "zh-hant-tw, zh-Hant-TW", "fil, fil", "yue-HK, yue-HK",
        "iw, he", "sr-Latn, sr-Latn"})
    void takesATagOfALanguageInItsCanonicalForm(String written, String canonical) {
        assertEquals(canonical, LanguageTags.canonical(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "english | is not a BCP 47 language tag: \"english\" (write en)",
        "Français | is not a BCP 47 language tag: \"Français\" (write fr)",
        "en_US | is not a BCP 47 language tag: \"en_US\" (write en-US)",
        "xx | is not a BCP 47 language tag: \"xx\" (a language's code, such as en or pt-BR)",
        "x-klingon | is not a BCP 47 language tag: \"x-klingon\" (a language's code, such as en or pt-BR)",
        "not a language! | is not a BCP 47 language tag: \"not a language!\" (a language's code, such as en or pt-BR)"})
    void refusesWhatNamesNoLanguageAndSaysWhatToWrite(String written, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> LanguageTags.canonical(written))
                .getMessage());
    }

    @ParameterizedTest
    @CsvSource({"en_US, en-US", "English, en", "Deutsch, de", "en-us, en-US", "español, es"})
    void readsAFeedsLanguageLeniently(String written, String read) {
        assertEquals(Optional.of(read), LanguageTags.lenient(written));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Klingon", "zz", "  "})
    void aFeedsLanguageThatNamesNoneIsNone(String written) {
        assertEquals(Optional.empty(), LanguageTags.lenient(written));
    }
}
