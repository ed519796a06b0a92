package dev.herald.core.format.wire;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions as news pages copy them: a caption line ending in its credit, in the many ways
 * agencies and newsrooms write one, and the BBC's two labelled lines.
 */
final class Captions {

    static final String IMAGE_SOURCE = "Image source, ";
    static final String IMAGE_CAPTION = "Image caption, ";

    /** The words a photo credit starts with. */
    private static final String CREDIT_WORDS = "REUTERS|Reuters|AP Photo|AFP|EPA-EFE|EPA|Getty Images|Photo ?:"
            + "|Photograph:|Photographer:|Photo by|Picture:|Pic:|Image:|Credit:|Foto ?:"
            // French pages' "© Name, AFP" and "Photo : Name", German ones' "Bild: Name/dpa"
            + "|©|Bild ?:|Crédit photo ?:";

    /**
     * A photo credit at the end of the caption line: "REUTERS/Name", "REUTERS/Name/File Photo",
     * "AP Photo/Name", "AFP", "AFP via Getty Images", "Photo: Name", "Photographer: Name/Bloomberg".
     * It follows white space and holds no sentence punctuation (a dot only after an initial, as in
     * "J. Scott"), so a caption that merely mentions an agency is left alone.
     */
    private static final Pattern CREDIT = Pattern.compile("\\s((?:" + CREDIT_WORDS
            + ")(?:[/ :](?:[^.!?()\\[\\]]|(?<=\\b\\p{Lu})\\.){0,100})?)\\s*$");

    /**
     * A credit in parentheses, as AP, AFP and Getty write it: "(AP Photo/Name)", "(Photo by Name /
     * AFP)", "(Photo by Name/Getty Images)", "(Xinhua/Name)"; or in brackets, as in "[Name/Al
     * Jazeera]". In parentheses it starts with a credit's word; in brackets it has a slash.
     */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile("\\s(?:\\(((?:" + CREDIT_WORDS
            + "|AP|Pool|Xinhua|Bloomberg|Anadolu)(?![A-Za-z])[^()]{0,100})\\)"
            + "|\\[([^\\[\\]/]{1,60}/[^\\[\\]]{1,60})])\\s*$");

    /** What opens a source of figures or a note in parentheses, no photo's credit: "(Source: Eurostat)". */
    private static final String NOT_A_CREDIT = "(?!(?:Sources?|Data|Figures|Chart|Graphic|Note|Editor['’]s note"
            + "|Updated|Update|Correction)\\b)";

    /**
     * A credit in parentheses after a caption's last sentence, as many newsrooms write it: "… on
     * Monday. (State Emergency Service of Ukraine/Telegram)", "… in Queensland.(ABC News: Jo Lee)".
     * Only at the head of a story.
     */
    private static final Pattern CREDIT_AFTER_SENTENCE = Pattern.compile("(?<=[.!?])\\s*\\(" + NOT_A_CREDIT
            + "([^()]{1,60}[/:][^()]{1,60})\\)\\s*$");

    /** Any source in parentheses after a sentence: a credit only in the first line, over a headline. */
    private static final Pattern SOURCE_AFTER_SENTENCE = Pattern.compile("(?<=[.!?])\\s*\\(" + NOT_A_CREDIT
            + "(\\p{Lu}[^()]{1,60})\\)\\s*$");

    /** A credit after a bar, in capitals, as The Japan Times sets it: "… on Tuesday. | KYODO". */
    private static final Pattern BAR_CREDIT = Pattern.compile(
            "(?<=[.!?])\\s+\\|\\s+(\\p{Lu}[\\p{Lu}.'’&/ -]{1,40})\\s*$");

    /** A photographer's name before an agency's, as Le Monde writes it: "… 2024. JEAN DUPONT / AFP". */
    private static final Pattern NAME_BEFORE_AGENCY = Pattern.compile("(?<=[.!?])\\s+(\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s*/\\s*"
            + "(?:AFP|AP|REUTERS|Reuters|EPA|Getty Images|Bloomberg|Xinhua|ANP|dpa|DPA))\\s*$");

    /**
     * A credit on a line of its own under its caption, as NPR's pages copy it: "David Zalubowski/AP"
     * (then again after the "hide caption" and "toggle caption" buttons).
     */
    private static final Pattern CREDIT_ALONE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’ -]{1,50}/\\p{Lu}[\\p{L}.&'’ -]{0,40}");

    /** What a credit has beside an agency's name when it names the photographer: a slash, "Photo", "by", a colon. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("/|Photo|photo|\\bby\\b|:");

    private Captions() {
    }

    /** A caption line split into the caption and its credit; empty if the line ends in no credit. */
    static Optional<Credited> credited(String line) {
        for (Pattern credit : List.of(NAME_BEFORE_AGENCY, BAR_CREDIT)) {
            Matcher named = credit.matcher(line);
            if (named.find()) {
                return Optional.of(new Credited(line.substring(0, named.start()).strip(), named.group(1).strip()));
            }
        }
        Matcher plain = CREDIT.matcher(line);
        if (plain.find()) {
            return Optional.of(new Credited(line.substring(0, plain.start()).strip(), plain.group(1).strip()));
        }
        Matcher bracketed = BRACKETED_CREDIT.matcher(line);
        if (bracketed.find()) {
            String credit = bracketed.group(1) != null ? bracketed.group(1) : bracketed.group(2);
            // "(Reuters)" or "(AP)" alone ends a syndicated headline; a photo's credit names more
            if (PHOTO_CREDIT.matcher(credit).find()) {
                return Optional.of(new Credited(line.substring(0, bracketed.start()).strip(), credit.strip()));
            }
        }
        return Optional.empty();
    }

    /** A caption line at the head of the story, where a credit in parentheses may follow its last sentence. */
    static Optional<Credited> headCaption(String line) {
        return credited(line).or(() -> after(CREDIT_AFTER_SENTENCE, line));
    }

    /** The first line's caption over a headline, with any source in parentheses for its credit. */
    static Optional<Credited> sourceAfterSentence(String line) {
        return after(SOURCE_AFTER_SENTENCE, line);
    }

    // further down the story, a line that ends in a photographer's credit ("… Photograph: Name/Agency",
    // "… REUTERS/Name"), not in an agency's name alone ("…, said Reuters")
    static Optional<Credited> photoCaption(String line) {
        return credited(line).filter(credited -> !credited.caption().isEmpty() && namesPhotographer(credited));
    }

    /** Whether the credit names more than an agency: a photographer, "Photo", "by". */
    static boolean namesPhotographer(Credited credited) {
        return PHOTO_CREDIT.matcher(credited.credit()).find();
    }

    static boolean isCreditAlone(String line) {
        return CREDIT_ALONE.matcher(line).matches();
    }

    /**
     * The BBC's two lines, "Image source, Getty Images" then "Image caption, Ministers met on
     * Friday": under the headline the lead image's, further down another photo's.
     */
    static Optional<Credited> labelledCaption(String source, String caption) {
        if (!source.startsWith(IMAGE_SOURCE) || !caption.startsWith(IMAGE_CAPTION)) {
            return Optional.empty();
        }
        return Optional.of(new Credited(caption.substring(IMAGE_CAPTION.length()).strip(),
                source.substring(IMAGE_SOURCE.length()).strip()));
    }

    private static Optional<Credited> after(Pattern credit, String line) {
        Matcher found = credit.matcher(line);
        if (!found.find()) {
            return Optional.empty();
        }
        return Optional.of(new Credited(line.substring(0, found.start()).strip(), found.group(1).strip()));
    }
}
