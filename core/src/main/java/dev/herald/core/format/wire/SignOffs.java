package dev.herald.core.format.wire;

import java.util.regex.Pattern;

/**
 * The agencies' sign-off under a story ("Reporting by Ana Lima in Lisbon; Editing by Jo Park",
 * "Associated Press writer Jo Park in London contributed to this report.", Bloomberg's "--With
 * assistance from Jo Park."): names after "by", no sentence in it ("Writing by hand, she …" is the
 * story's).
 */
final class SignOffs {

    private static final Pattern SIGN_OFF = Pattern.compile(
            "\\(*(?:Reporting|Additional reporting|Writing|Editing|Edited) by:? \\p{Lu}[^.!?]*\\.?"
                    + "|(?:Mit (?:Informationen|Material) von|Mitarbeit:|Avec (?:la collaboration de|l['’]AFP)"
                    + "|Con información de|Con (?:la )?colaboración de|Met medewerking van) \\p{L}[^.!?]*\\.?"
                    + "|[-–—]*\\s*With assistance from \\p{Lu}[^.!?]*\\.?"
                    + "|\\p{Lu}[^.!?]{0,200} contributed (?:to this report|reporting)[^.!?]{0,120}\\.?");

    /** How a sign-off opens, in Reuters' plain text in parentheses: "(Reporting by", "--With assistance from". */
    private static final Pattern SIGN_OFF_START = Pattern.compile(
            "\\(*(?:Reporting|Additional reporting|Writing|Editing) by |[-–—]*\\s*With assistance from ");

    private SignOffs() {
    }

    /** Whether the whole line is a sign-off. */
    static boolean is(String line) {
        return SIGN_OFF.matcher(line).matches();
    }

    /** Whether a sign-off starts the line (wrapped copy may go on with it on the next). */
    static boolean opens(String line) {
        return SIGN_OFF_START.matcher(line).lookingAt();
    }
}
