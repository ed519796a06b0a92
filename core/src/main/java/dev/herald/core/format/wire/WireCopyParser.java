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

    /**
     * A photo credit at the end of the caption line: "REUTERS/Name", "REUTERS/Name/File Photo",
     * "AP Photo/Name", "AFP", "AFP via Getty Images", "Photo: Name". It follows white space and
     * holds no sentence punctuation, so a caption that merely mentions an agency is left alone.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "\\s((?:REUTERS|Reuters|AP Photo|AFP|EPA-EFE|EPA|Getty Images|Photo:|Photograph:)(?:[/ :][^.!?]{0,100})?)\\s*$");

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
        String caption = null;
        String credit = null;
        int next = 0;
        Matcher matcher = CREDIT.matcher(lines.get(0).text());
        if (matcher.find() && lines.size() > 1) {
            credit = matcher.group(1).strip();
            caption = lines.get(0).text().substring(0, matcher.start()).strip();
            next = 1;
        }
        NumberedLine title = lines.get(next);
        List<Block> blocks = new ArrayList<>();
        for (NumberedLine line : lines.subList(next + 1, lines.size())) {
            // the line after the headline is the lede, however short
            boolean heading = !blocks.isEmpty() && isHeading(line.text());
            blocks.add(new Block(line.text(), heading));
        }
        return Optional.of(new WireCopy(caption == null || caption.isEmpty() ? null : caption,
                credit, title.text(), title.number(), blocks));
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
