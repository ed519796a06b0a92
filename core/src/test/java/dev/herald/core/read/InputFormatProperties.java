package dev.herald.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A file name's format is found as the name's lower-case form would give it. */
class InputFormatProperties {

    @Property
    void anyNameHasTheFormatItsLowerCaseFormEndsWith(@ForAll String name) {
        assertEquals(byLowerCase(name), InputFormat.ofFileName(name), name);
    }

    // the extensions and some near them, each letter in either case or swapped for a character
    // whose case mapping is unusual (the Kelvin sign, the long s, dotted and dotless i, the sigma)
    @Property
    void namesNearTheExtensionsHaveTheFormatTheirLowerCaseFormEndsWith(@ForAll("nearExtensions") String name) {
        assertEquals(byLowerCase(name), InputFormat.ofFileName(name), name);
    }

    @Provide
    Arbitrary<String> nearExtensions() {
        Arbitrary<String> ending = Arbitraries.of(".json", ".md", ".txt", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn",
                ".mdx", ".txt.bak", "md", ".jsonl", ".yaml");
        Arbitrary<Character> odd = Arbitraries.of('\u212A', '\u017F', '\u0130', '\u0131', '\u03A3', '.');
        Arbitrary<String> prefix = Arbitraries.strings().withChars("aZ.-\u0130\u03A3").ofMaxLength(4);
        return Combinators.combine(prefix, ending, Arbitraries.longs(), odd).as((start, end, flips, swapped) -> {
            StringBuilder name = new StringBuilder(start);
            for (int i = 0; i < end.length(); i++) {
                char c = end.charAt(i);
                long bits = flips >>> (2 * i) & 3;
                name.append(bits == 1 ? Character.toUpperCase(c) : bits == 2 ? swapped : c);
            }
            return name.toString();
        });
    }

    // what the format of a name was before it was looked at character by character
    private static Optional<InputFormat> byLowerCase(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (InputFormat format : InputFormat.values()) {
            if (lower.endsWith("." + format.extension())) {
                return Optional.of(format);
            }
        }
        for (String markdown : new String[] {".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn"}) {
            if (lower.endsWith(markdown)) {
                return Optional.of(InputFormat.MARKDOWN);
            }
        }
        return Optional.empty();
    }
}
