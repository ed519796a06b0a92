package dev.herald.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * Which way a language's text runs, for HTML's {@code dir}: {@code lang="ar"} alone leaves an
 * Arabic page laid out left to right, its paragraphs aligned left and their full stops on the
 * wrong side.
 */
public final class TextDirection {

    /** Scripts written right to left (ISO 15924), as a language tag may name them: {@code az-Arab}. */
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm",
            "Mand", "Samr", "Rohg", "Yezi");

    /** Languages whose usual script runs right to left. */
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of("ar", "arc", "azb", "ckb", "dv", "fa", "glk",
            "he", "iw", "ji", "ks", "lrc", "mzn", "pnb", "prs", "ps", "sd", "syr", "ug", "ur", "yi");

    private TextDirection() {
    }

    /** {@code rtl} or {@code ltr} for a BCP 47 language tag; {@code ltr} for none. */
    public static String of(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return "ltr";
        }
        Locale locale = Locale.forLanguageTag(languageTag);
        if (!locale.getScript().isEmpty()) {
            return RIGHT_TO_LEFT_SCRIPTS.contains(locale.getScript()) ? "rtl" : "ltr";
        }
        return RIGHT_TO_LEFT_LANGUAGES.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }
}
