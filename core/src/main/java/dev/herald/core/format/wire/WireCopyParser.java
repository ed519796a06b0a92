package dev.herald.core.format.wire;

import dev.herald.core.format.wire.WireCopy.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits wire copy, as pasted from a news site, into caption, credit, headline, headings and
 * paragraphs. Thread-safe.
 */
final class WireCopyParser {

    /** The words a photo credit starts with. */
    private static final String CREDIT_WORDS = "REUTERS|Reuters|AP Photo|AFP|EPA-EFE|EPA|Getty Images|Photo:"
            + "|Photograph:|Photographer:|Photo by|Picture:|Image:|Credit:|Foto:";

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
            + "|AP|Pool|Xinhua|Bloomberg|Anadolu)(?![A-Za-z])[^()]{0,100})\\)|\\[([^\\[\\]/]{1,60}/[^\\[\\]]{1,60})])\\s*$");

    /**
     * A line of a bulleted list, as pages show one: a bullet or a hyphen, a space, the item. Not a
     * dash, which opens a line of speech in some languages.
     */
    private static final Pattern BULLET = Pattern.compile("[•·▪●◦*\\-]\\s+(\\S.*)");

    /** Headings are short: at most this many words. */
    private static final int MAX_HEADING_WORDS = 12;

    /** Punctuation that closes a sentence (or a quotation) and so marks a paragraph. */
    private static final String CLOSING_PUNCTUATION = ".!?:;,…\"”’')]";

    /** Page furniture copied along with the story, matched as whole lines. */
    private static final Set<String> CHROME = Set.of("comments", "share", "share this article", "advertisement",
            "read more", "related", "related articles", "related stories", "sign up", "subscribe", "print", "email",
            "tweet", "recommended", "more from this section");

    /** The parts of the text; empty if it has no headline line. */
    Optional<WireCopy> parse(String text) {
        List<NumberedLine> lines = new ArrayList<>();
        int number = 0;
        for (String raw : text.split("\\R", -1)) {
            number++;
            String line = raw.strip();
            if (!line.isEmpty() && !isChrome(line)) {
                lines.add(new NumberedLine(line, number));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        // the caption opens the copy, or follows the headline where the page put the photo under it
        Optional<Credited> credited = lines.size() > 1 ? credited(lines.get(0).text()) : Optional.empty();
        int titleAt = credited.isPresent() ? 1 : 0;
        int bodyAt = titleAt + 1;
        if (credited.isEmpty() && lines.size() > 2) {
            credited = credited(lines.get(1).text());
            bodyAt = credited.isPresent() ? 2 : 1;
        }
        NumberedLine title = lines.get(titleAt);
        List<Block> blocks = new ArrayList<>();
        for (NumberedLine line : lines.subList(bodyAt, lines.size())) {
            blocks.add(block(line.text(), blocks.isEmpty()));
        }
        String caption = credited.map(Credited::caption).filter(c -> !c.isEmpty()).orElse(null);
        return Optional.of(new WireCopy(caption, credited.map(Credited::credit).orElse(null), title.text(),
                title.number(), blocks));
    }

    /** A caption line split into the caption and its credit; empty if the line ends in no credit. */
    private static Optional<Credited> credited(String line) {
        Matcher plain = CREDIT.matcher(line);
        if (plain.find()) {
            return Optional.of(new Credited(line.substring(0, plain.start()).strip(), plain.group(1).strip()));
        }
        Matcher bracketed = BRACKETED_CREDIT.matcher(line);
        if (bracketed.find()) {
            String credit = bracketed.group(1) != null ? bracketed.group(1) : bracketed.group(2);
            return Optional.of(new Credited(line.substring(0, bracketed.start()).strip(), credit.strip()));
        }
        return Optional.empty();
    }

    private record Credited(String caption, String credit) {
    }

    // a bulleted line is an item of a list; the line after the headline is the lede, however short
    private static Block block(String line, boolean first) {
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches()) {
            return new Block(bullet.group(1), Block.Kind.ITEM);
        }
        return new Block(line, !first && isHeading(line) ? Block.Kind.HEADING : Block.Kind.PARAGRAPH);
    }

    private static boolean isChrome(String line) {
        return CHROME.contains(line.toLowerCase(Locale.ROOT));
    }

    private static boolean isHeading(String line) {
        char last = line.charAt(line.length() - 1);
        return CLOSING_PUNCTUATION.indexOf(last) < 0 && line.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    private record NumberedLine(String text, int number) {
    }
}
