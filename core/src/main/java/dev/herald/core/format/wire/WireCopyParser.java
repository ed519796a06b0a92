package dev.herald.core.format.wire;

import static dev.herald.core.format.wire.LineShapes.endsASentence;
import static dev.herald.core.format.wire.LineShapes.isHeading;
import static dev.herald.core.format.wire.LineShapes.isHeadline;
import static dev.herald.core.format.wire.LineShapes.isParagraph;
import static dev.herald.core.format.wire.WireCopy.Note.lines;

import dev.herald.core.format.wire.WireCopy.Block;
import dev.herald.core.format.wire.WireCopy.Note;
import dev.herald.core.text.Titles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits wire copy, as pasted from a news site, into caption, credit, headline, headings and
 * paragraphs. Thread-safe.
 */
final class WireCopyParser {

    /**
     * What an agency's service puts before a headline, no part of it: Reuters' "UPDATE 2-", "RPT-",
     * "REFILE-", "CORRECTED-", "WRAPUP 1-".
     */
    private static final Pattern SERVICE_SLUG = Pattern.compile(
            "^(?:UPDATE|RPT|REFILE|CORRECTED|CORRECTED \\(OFFICIAL\\)|WRAPUP)(?: \\d{1,2})?-(?=\\S)");

    /** Reuters' labels of a kind of story, which its pages show as "Exclusive: …". */
    private static final Pattern EDITORIAL_LABEL = Pattern.compile(
            "(EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX|EXPLAINER|FEATURE|COLUMN)-(?=\\S)");

    /** What ends a page's title before the site's name: "Headline | Site", "Headline - Site". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[|\\-–—]$");

    /** A site's name after a page's title: a few words after a bar, or an agency's after a dash. */
    private static final Pattern SITE_NAME = Pattern.compile("\\s([|\\-–—])\\s+(\\p{Lu}[\\p{L}.&' ]{0,40})$");

    /** How many lines at the end of the story a page's note on its writer takes at most. */
    private static final int WRITERS_NOTE_LINES = 3;

    /** What a note on the writer says after the name: "Jo Park covers city politics for The Times." */
    private static final Pattern ABOUT_THE_WRITER = Pattern.compile(
            " (?:covers|is an? |is the |reports on |writes about |has covered |has reported |joined ).*");

    /**
     * A dateline set on a line of its own above the story, as CNN does, "London CNN —", or Europa
     * Press, "MADRID, 3 (EUROPA PRESS)".
     */
    private static final Pattern DATELINE_ALONE = Pattern.compile("\\p{Lu}[\\p{L}'’., ()]{0,60}\\s(?:—|–|--?)"
            + "|\\p{Lu}[\\p{Lu}'’. -]{1,30}, \\d{1,2} \\(\\p{Lu}[\\p{Lu} ]{1,20}\\)");

    /** The place of a dateline set apart from the newsroom under it, as CNN's pages copy: "London" over "CNN". */
    private static final Pattern DATELINE_PLACE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:,? \\p{Lu}[\\p{L}'’.-]*){0,3}");

    /** A newsroom's initials: "CNN". */
    private static final Pattern NEWSROOM_INITIALS = Pattern.compile("\\p{Lu}{2,6}");

    /** Where a story says it came from, as German pages end one: "Quelle: WELT/dpa", "Fuente: EFE". */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?:Quelle|Quellen|Source|Sources|Fuente|Fuentes|Fonte|Fonti|Bron|Källa|Kilde)\\s?:\\s*\\p{L}.{0,100}");

    /** The parts of the text; empty if it has no headline line. */
    Optional<WireCopy> parse(String text) {
        List<NumberedLine> lines = storyLines(text);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        // a press release's lines above the headline say when it may be published, not what
        NumberedLine embargo = null;
        while (lines.size() > 1 && ReleaseMarks.isRelease(lines.get(0).text())) {
            embargo = ReleaseMarks.isEmbargo(lines.get(0).text()) ? lines.get(0) : embargo;
            lines = lines.subList(1, lines.size());
        }
        boolean captionFirst = lines.size() > 1 && Captions.headCaption(lines.get(0).text()).isPresent();
        lines = HardWraps.unwrap(lines, captionFirst ? 1 : 0, WireCopyParser::keptApart);
        List<Note> notes = new ArrayList<>();
        lines = PageFurniture.arranged(SplitBylines.joined(lines), notes);
        Optional<Credited> credited = lines.size() > 1 ? leadCaption(lines.get(0).text(), lines.get(1).text())
                : Optional.empty();
        int titleAt = credited.isPresent() ? 1 : 0;
        int creditLines = credited.isPresent() ? 0 : creditLinesUnderCaption(lines);
        if (creditLines > 0) {
            credited = Optional.of(new Credited(lines.get(0).text(), lines.get(1).text()));
            titleAt = 1 + creditLines;
        }
        StoryHead head = StoryHead.under(lines, titleAt + 1, credited.orElse(null));
        Credited photo = head.credited();
        String caption = photo == null || photo.caption().isEmpty() ? null : photo.caption();
        List<NumberedLine> body = new ArrayList<>();
        NumberedLine titleLine = lines.get(titleAt);
        String title = headline(titleLine.text());
        if (isParagraph(titleLine.text())) {
            // a story that starts with its first paragraph: the paragraph stays the story's
            title = Titles.fromText(titleLine.text());
            body.add(titleLine);
            notes.add(new Note(titleLine.number(), "the first line is a paragraph, not a headline; the title is made"
                    + " from its first words: \"" + title + "\""));
        }
        body.addAll(head.standfirst());
        body.addAll(withDatelinesJoined(lines.subList(head.bodyAt(), lines.size())));
        withoutWritersNote(body, head.authors(), notes);
        return Optional.of(new WireCopy(caption, photo == null ? null : photo.credit(), title, titleLine.number(),
                head.authors(), blocks(body), notes, embargo));
    }

    // "HANNA KOVAL" over "Koval covers the Rocky Mountain region for The Associated Press.", or "Jo Park
    // covers city politics for The Times.": the page's note on its writer, after the story, is left out
    private static void withoutWritersNote(List<NumberedLine> body, List<String> authors, List<Note> notes) {
        for (int at = Math.max(1, body.size() - WRITERS_NOTE_LINES); at < body.size(); at++) {
            String line = body.get(at).text();
            if (authors.stream().anyMatch(name -> line.equalsIgnoreCase(name) || line.startsWith(name)
                    && ABOUT_THE_WRITER.matcher(line).region(name.length(), line.length()).matches())) {
                notes.add(new Note(body.get(at).number(), "the " + lines(body.size() - at) + " on the writer after the"
                        + " story (\"" + line + "\" …) left out"));
                body.subList(at, body.size()).clear();
                return;
            }
        }
    }

    // the headline without what the copy's service or the page put around it; "EXCLUSIVE-" as a page shows it
    private static String headline(String line) {
        String headline = withoutSiteName(SERVICE_SLUG.matcher(line).replaceFirst(""));
        Matcher label = EDITORIAL_LABEL.matcher(headline);
        return label.lookingAt() ? label.group(1).charAt(0) + label.group(1).substring(1).toLowerCase(Locale.ROOT) + ": "
                + headline.substring(label.end()) : headline;
    }

    /**
     * The first line as the lead photo's caption, if it is one: it ends in a photographer's credit
     * ("REUTERS/Name"), or in an agency's name ("… AFP") with a headline after it. A page's title
     * as a browser's tab shows it, "Grain prices climb | Reuters", ends in its site's name instead.
     */
    private static Optional<Credited> leadCaption(String line, String next) {
        Optional<Credited> credited = Captions.headCaption(line).filter(found -> Captions.namesPhotographer(found)
                || isHeadline(next) && !TITLE_SEPARATOR.matcher(found.caption()).find());
        if (credited.isPresent() || !isHeadline(next) || !Bylines.of(next).isEmpty()) {
            return credited;
        }
        // over a headline, a sentence and a source in parentheses: "… December 2, 2024. (Israel Defense Forces)"
        return Captions.sourceAfterSentence(line);
    }

    // "Workers install solar panels …" over "David Zalubowski/AP", maybe twice, over the headline: the
    // caption's credit lines (0 if the first line is no caption with its credit under it)
    private static int creditLinesUnderCaption(List<NumberedLine> lines) {
        if (lines.size() < 3 || !endsASentence(lines.get(0).text())
                || !Captions.isCreditAlone(lines.get(1).text())) {
            return 0;
        }
        int count = lines.size() > 3 && lines.get(2).text().equals(lines.get(1).text()) ? 2 : 1;
        return isHeadline(lines.get(1 + count).text()) ? count : 0;
    }

    // "Grain prices climb | Reuters", "Rail strike called off - BBC News": the headline alone
    private static String withoutSiteName(String headline) {
        Matcher site = SITE_NAME.matcher(headline);
        if (site.find() && (site.group(1).equals("|") || Newsrooms.isAgency(site.group(2)))) {
            return headline.substring(0, site.start()).strip();
        }
        return headline;
    }

    // "London CNN —" over "Dock workers …": one paragraph; so are "London" over "CNN" over the story
    // (the dash between them, a line of its own, is gone with the page's other signs)
    private static List<NumberedLine> withDatelinesJoined(List<NumberedLine> lines) {
        List<NumberedLine> joined = new ArrayList<>(lines.size());
        int from = 0;
        String newsroom = lines.size() > 2 ? lines.get(1).text() : "";
        if (lines.size() > 2 && DATELINE_PLACE.matcher(lines.get(0).text()).matches()
                && (NEWSROOM_INITIALS.matcher(newsroom).matches() || Newsrooms.isAgency(newsroom))) {
            NumberedLine place = lines.get(0);
            joined.add(new NumberedLine(place.text() + " " + newsroom + " — " + lines.get(2).text(),
                    place.number(), place.indent()));
            from = 3;
        }
        for (int at = from; at < lines.size(); at++) {
            NumberedLine line = lines.get(at);
            if (at + 1 < lines.size() && DATELINE_ALONE.matcher(line.text()).matches()) {
                line = new NumberedLine(line.text() + " " + lines.get(++at).text(), line.number(), line.indent());
            }
            joined.add(line);
        }
        return joined;
    }

    // the lines that are not empty and not page chrome, with their numbers
    private static List<NumberedLine> storyLines(String text) {
        List<NumberedLine> lines = new ArrayList<>();
        int number = 0;
        for (String raw : text.split("\\R", -1)) {
            number++;
            String line = Chrome.withoutGluedChrome(raw.strip());
            if (!line.isEmpty() && !Chrome.isChrome(line)) {
                lines.add(new NumberedLine(line, number, indent(raw)));
            }
        }
        return lines;
    }

    // the story's lines as blocks; a photo's two labelled lines are one
    private static List<Block> blocks(List<NumberedLine> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int at = 0; at < lines.size(); at++) {
            String line = lines.get(at).text();
            Optional<Credited> photo = at + 1 < lines.size() ? Captions.labelledCaption(line, lines.get(at + 1).text())
                    : Optional.empty();
            if (photo.isPresent()) {
                at++;
            } else if (line.startsWith(Captions.IMAGE_SOURCE)) {
                continue; // a photo's source without its caption says nothing of the story
            } else if (line.startsWith(Captions.IMAGE_CAPTION)) {
                photo = Optional.of(new Credited(line.substring(Captions.IMAGE_CAPTION.length()).strip(), null));
            } else {
                photo = Captions.photoCaption(line);
            }
            blocks.add(photo.map(p -> new Block(p.caption(), Block.Kind.CAPTION, p.credit()))
                    .orElseGet(() -> block(line, blocks.isEmpty())));
        }
        return blocks;
    }

    // a bulleted line is an item of a list; the line after the headline is the lede, however short
    private static Block block(String line, boolean first) {
        Matcher bullet = ListItems.BULLET.matcher(line);
        if (bullet.matches()) {
            return new Block(bullet.group(1), Block.Kind.ITEM);
        }
        if (SignOffs.is(line)) {
            return new Block(line, Block.Kind.SIGN_OFF);
        }
        boolean heading = !first && isHeading(line) && !SOURCE_LINE.matcher(line).matches();
        return new Block(line, heading ? Block.Kind.HEADING : Block.Kind.PARAGRAPH);
    }

    private static int indent(String raw) {
        int width = 0;
        for (int at = 0; at < raw.length() && Character.isWhitespace(raw.charAt(at)); at++) {
            width += raw.charAt(at) == '\t' ? 4 : 1;
        }
        return width;
    }

    // lines of a wrapped text that are not one paragraph: a caption, a byline or the BBC's image
    // lines on either side, or a list item or a sign-off starting
    private static boolean keptApart(String previous, String line) {
        return standsAlone(previous) || standsAlone(line) || ReleaseMarks.isEnd(line)
                || ListItems.BULLET.matcher(line).matches()
                || SignOffs.opens(line);
    }

    private static boolean standsAlone(String line) {
        return Captions.credited(line).isPresent() || !Bylines.of(line).isEmpty()
                || line.startsWith(Captions.IMAGE_SOURCE) || line.startsWith(Captions.IMAGE_CAPTION)
                || TimeStamps.is(line) || !Bylines.namesAlone(line).isEmpty();
    }
}
