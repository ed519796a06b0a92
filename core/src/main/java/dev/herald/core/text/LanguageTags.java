package dev.herald.core.text;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * BCP 47 language tags as feeds and pages carry them ({@code en}, {@code pt-BR}): well formed,
 * and of a language that exists, so that a typo or a language's name ({@code english}, {@code
 * xx}) never reaches a feed's {@code <language>} or a page's {@code lang}, which validators and
 * readers check. A tag whose language has two letters must name an ISO 639-1 language; three
 * letters (ISO 639-2 and 3: {@code fil}, {@code yue}) are taken as written, Java knowing no list
 * of them.
 */
public final class LanguageTags {

    private static final Set<String> TWO_LETTER_LANGUAGES = Set.of(Locale.getISOLanguages());

    private LanguageTags() {
    }

    /** The tag in its canonical form ({@code pt-br} → {@code pt-BR}); else why not, as an exception's message. */
    public static String canonical(String text) {
        String tag = text.strip();
        return parse(tag).orElseThrow(() -> new IllegalArgumentException("is not a BCP 47 language tag: \"" + tag + "\""
                + lenient(tag).map(code -> " (write " + code + ")").orElse(" (a language's code, such as en or pt-BR)")));
    }

    /**
     * The tag a feed of the wider world gives, read leniently: {@code en_US} as {@code en-US},
     * {@code English} as {@code en}; empty when it names no language.
     */
    public static Optional<String> lenient(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String tag = text.strip().replace('_', '-');
        return parse(tag).or(() -> byName(tag));
    }

    private static Optional<String> parse(String tag) {
        String canonical;
        try {
            canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        String language = canonical.split("-", 2)[0];
        boolean known = language.length() == 3 || TWO_LETTER_LANGUAGES.contains(language);
        return known ? Optional.of(canonical) : Optional.empty();
    }

    // a language named in English or in itself: "English", "français", "Deutsch"
    private static Optional<String> byName(String name) {
        for (String code : TWO_LETTER_LANGUAGES) {
            Locale language = Locale.forLanguageTag(code);
            if (name.equalsIgnoreCase(language.getDisplayLanguage(Locale.ENGLISH))
                    || name.equalsIgnoreCase(language.getDisplayLanguage(language))) {
                return Optional.of(Locale.forLanguageTag(code).toLanguageTag());
            }
        }
        return Optional.empty();
    }
}
