package dev.herald.core.format.wire;

import java.util.regex.Pattern;

/**
 * The marks of a press release or an agency's plain text around a story, which are not the
 * story's: above it "FOR IMMEDIATE RELEASE" or an embargo ("EMBARGOED UNTIL 00:01 GMT 10
 * DECEMBER"), below it an end mark ("ENDS", "-30-", "###"), after which come the notes to editors,
 * or its contacts ("Media Contact:") and PR Newswire's "SOURCE …"; under the headline PR Newswire's
 * "NEWS PROVIDED BY" over the issuer's name.
 */
final class ReleaseMarks {

    /** A release line above the headline: how and when the story may be published. */
    private static final Pattern RELEASE = Pattern.compile("(?i)[\\s*#\\[(]*(?:(?:for )?immediate release"
            + "|(?:press|news|media) release|pressemitteilung|presseinformation|communiqué de presse"
            + "|comunicado de prensa|comunicato stampa|persbericht|pressmeddelande|(?:hold )?for release\\s*(?::|at|on|until|after)\\b?.*"
            + "|(?:strictly )?(?:under )?embargo(?:ed)?\\s*(?::|until\\b|till\\b|to\\s+\\d|$).*"
            + "|not for (?:publication|release|broadcast)\\b.*)[\\s*#\\])]*");

    /** A release line that holds the story until a time. */
    private static final Pattern EMBARGO = Pattern.compile("(?i).*(?:embargo|hold for release"
            + "|for release\\s*(?::|at|on|until)|not for (?:publication|release|broadcast) (?:before|until)).*");

    /** An end mark alone on its line, with or without the dashes or hashes around it, or its agency's name ("Lusa/Fim"). */
    private static final Pattern END = Pattern.compile(
            "(?i)[\\s\\-–—_#*(]*(?:\\p{L}{2,12}/)?(?:ends?|ende|fin|fim|30|xxx|#(?:\\s*#){2,})[\\s\\-–—_#*)]*");

    /** What opens a release's contacts under the story: "Media Contact:", "Contacts", "For more information, contact:". */
    private static final Pattern CONTACTS = Pattern.compile("(?i)(?:(?:media|press|investor|investors|news)\\s+)?"
            + "contacts?\\s*:?|for (?:further|more) information,?\\s*(?:please\\s+)?contact\\s*:?"
            // and as German, French, Spanish, Italian, Dutch and Swedish releases write it
            + "|(?:pressekontakt|kontakt|contacts? presse|contacto(?: de prensa)?|contatti stampa|contatto stampa"
            + "|perscontact|presskontakt)\\s*:?");

    /** PR Newswire's last line, naming whose release it is: "SOURCE Harbour Tech Inc.". */
    private static final Pattern SOURCE = Pattern.compile("SOURCE \\p{Lu}.{0,100}");

    /** The line over the name of whoever issued a release, as PR Newswire's pages set it. */
    private static final String PROVIDED_BY = "news provided by";

    /** Release lines are short. */
    private static final int MAX_RELEASE_LINE = 120;

    /** End marks are shorter still; a long line of hashes and dashes is none (and no work for the pattern). */
    private static final int MAX_END_LINE = 24;

    private ReleaseMarks() {
    }

    static boolean isRelease(String line) {
        return line.length() <= MAX_RELEASE_LINE && RELEASE.matcher(line).matches();
    }

    static boolean isEmbargo(String line) {
        return isRelease(line) && EMBARGO.matcher(line).matches();
    }

    static boolean isContacts(String line) {
        return line.length() <= MAX_RELEASE_LINE && CONTACTS.matcher(line).matches();
    }

    static boolean isSource(String line) {
        return SOURCE.matcher(line).matches();
    }

    static boolean isProvidedBy(String line) {
        return line.equalsIgnoreCase(PROVIDED_BY);
    }

    static boolean isEnd(String line) {
        return line.length() <= MAX_END_LINE && END.matcher(line).matches();
    }
}
