package dev.herald.core.format.wire;

import static dev.herald.core.format.wire.LineShapes.endsASentence;
import static dev.herald.core.format.wire.LineShapes.isHeading;
import static dev.herald.core.format.wire.LineShapes.isHeadline;
import static dev.herald.core.format.wire.LineShapes.isParagraph;
import static dev.herald.core.format.wire.WireCopy.Note.lines;

import dev.herald.core.format.wire.WireCopy.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a page copied whole puts around its story, found by where it stands: above the headline its
 * header, masthead, sections, time stamp, a video's title or a box of key points; after the story
 * its footer, links, a release's end mark and contacts. Left out (each with a note) or put where a
 * story has it.
 */
final class PageFurniture {

    /** A section's name after a time stamp above the headline: "Dec 3, 2024 - Economy". */
    private static final Pattern SECTION_AFTER_STAMP = Pattern.compile("\\s+[-–—|]\\s+\\p{Lu}[\\p{L} &]{0,30}$");

    /** A section's name above the headline, as a page's breadcrumbs copy: "World", "Politics". */
    private static final int MAX_SECTION_WORDS = 2;

    /** How many lines of a page's header may come before the photo caption. */
    private static final int MAX_HEADER_LINES = 6;

    /** How many lines a page's box of key points before the headline takes at most. */
    private static final int MAX_KEY_POINTS_LINES = 10;

    /** What a page sets over the links to its sections at a story's end: "Related topics". */
    private static final Pattern RELATED_LINKS = Pattern.compile(
            "(?i)related (?:topics|links|content|internet links)|more on this (?:story|topic)|top stories"
                    + "|explore more on these topics|read more from [\\p{L} ]{1,40}:?"
                    + "|most read from [\\p{L} ]{1,40}|more about");

    /** How many lines a release's contacts at its end take at most. */
    private static final int MAX_CONTACT_LINES = 8;

    private PageFurniture() {
    }

    /**
     * The lines as a story has them: what a release's distributor and the page put around the
     * story left out, each with a note in {@code notes}, and the headline first.
     */
    static List<NumberedLine> arranged(List<NumberedLine> lines, List<Note> notes) {
        return withTheHeadlineFirst(withoutPageFurniture(withoutProvider(lines), notes));
    }

    /**
     * The lines in the order of a story with the headline first where a page copied something of
     * the story above it: the page's time stamp, a box of key points between the photo's caption and
     * the headline (ABC's "In short:"), or the first paragraph over the headline and its time stamp
     * (The Times of India).
     */
    private static List<NumberedLine> withTheHeadlineFirst(List<NumberedLine> lines) {
        int stamps = stampsAboveHeadline(lines);
        if (stamps > 0) {
            // "Dec 3, 2024 - Economy" over the headline: under it, where a name beside it is the writer's (Axios)
            List<NumberedLine> ordered = new ArrayList<>(List.of(lines.get(stamps)));
            lines.subList(0, stamps).forEach(stamp -> ordered.add(new NumberedLine(
                    SECTION_AFTER_STAMP.matcher(stamp.text()).replaceFirst(""), stamp.number(), stamp.indent())));
            ordered.addAll(lines.subList(stamps + 1, lines.size()));
            return ordered;
        }
        int box = lines.size() > 1 && WireCopy.KEY_POINTS.matcher(lines.get(0).text()).matches() ? 0
                : lines.size() > 2 && WireCopy.KEY_POINTS.matcher(lines.get(1).text()).matches() ? 1 : -1;
        int from = box >= 0 ? box : 0;
        if (box < 0 && !(lines.size() > 2 && isParagraph(lines.get(0).text()))) {
            return lines;
        }
        int last = box >= 0 ? Math.min(lines.size() - 1, box + MAX_KEY_POINTS_LINES) : 2;
        for (int headline = from + 1; headline < last; headline++) {
            int end = headline + 1;
            while (end < lines.size() && isUnderTheHeadline(lines, end)) {
                end++;
            }
            if (isHeadline(lines.get(headline).text()) && end > headline + 1) {
                List<NumberedLine> ordered = new ArrayList<>(lines.subList(0, from));
                ordered.addAll(lines.subList(headline, end));
                ordered.addAll(lines.subList(from, headline));
                ordered.addAll(lines.subList(end, lines.size()));
                return ordered;
            }
        }
        return lines;
    }

    // a byline or the page's time stamp, as pages set them under a headline
    private static boolean isUnderTheHeadline(List<NumberedLine> lines, int at) {
        String line = lines.get(at).text();
        return !Bylines.at(lines, at).isEmpty() || TimeStamps.is(line) || TimeStamps.isCredited(line);
    }

    /**
     * The story of a page copied whole: the page's header before the photo caption (a caption
     * among the first lines, a headline after it, no sentence nor byline before it, no byline after
     * it), a press release's end mark ("ENDS", "-30-", "###") with the notes to editors after it,
     * and what follows the agency's sign-off ("Reporting by …") are left out, each with a note.
     */
    private static List<NumberedLine> withoutPageFurniture(List<NumberedLine> lines, List<Note> notes) {
        int start = 0;
        // a time stamp above the headline is no section: withTheHeadlineFirst puts it under the headline
        int sections = stampsAboveHeadline(lines) == 0 ? sectionsAboveHeadline(lines) : 0;
        for (int at = 1; at < Math.min(MAX_HEADER_LINES + 1, lines.size() - 1); at++) {
            // a page's header is names and links; a sentence or a byline before the photo is the story's
            String before = lines.get(at - 1).text();
            if (!Bylines.of(before).isEmpty() || endsASentence(before)) {
                break;
            }
            String next = lines.get(at + 1).text();
            // the BBC's "Image source, Getty Images" is the photo's pair of lines under the headline
            String line = lines.get(at).text();
            if (!line.startsWith(Captions.IMAGE_SOURCE) && Captions.credited(line).isPresent() && isHeadline(next)
                    && Bylines.of(next).isEmpty() && Bylines.of(line).isEmpty() && !Bylines.isNewsroomsAlone(next)) {
                start = at;
                break;
            }
        }
        if (start > 0) {
            notes.add(new Note(lines.get(0).number(), "the " + lines(start) + " before the photo caption (\""
                    + lines.get(0).text() + "\" …) taken for the page's header and left out"));
        } else if (isVideoAboveHeadline(lines)) {
            start = 2;
            notes.add(new Note(lines.get(0).number(), "the 2 lines above the headline (\"" + lines.get(0).text()
                    + "\" …) taken for a video's or gallery's title and caption and left out"));
        } else if (isMastheadAboveHeadline(lines)) {
            start = 1;
            notes.add(new Note(lines.get(0).number(), "the line above the headline (\"" + lines.get(0).text()
                    + "\") taken for the site's name and left out"));
        } else if (sections > 0) {
            start = sections;
            notes.add(new Note(lines.get(0).number(), "the " + lines(start) + " above the headline (\""
                    + lines.get(0).text() + "\" …) taken for the page's sections and left out"));
        }
        int end = beforeTheContacts(lines, start, beforeTheEndMark(lines, start, notes), notes);
        int marked = end;
        for (int at = end - 1; at > start; at--) {
            if (SignOffs.is(lines.get(at).text())) {
                end = at + 1;
                break;
            }
        }
        if (end < marked) {
            notes.add(new Note(lines.get(end).number(), "the " + lines(marked - end) + " after the sign-off (\""
                    + lines.get(end).text() + "\" …) taken for the page's footer and left out"));
        }
        int related = relatedLinks(lines, start, end);
        if (related < end) {
            notes.add(new Note(lines.get(related).number(), "the " + lines(end - related) + " from \""
                    + lines.get(related).text() + "\" on taken for the page's links and left out"));
        }
        // "TT", "Le Monde avec AFP", "Publicado: martes, 3 diciembre 2024 10:21" under the story: whose
        // copy it is and when it was published, said again
        while (related > start + 2 && (Newsrooms.isAgency(lines.get(related - 1).text())
                || Newsrooms.isAgencyCredit(lines.get(related - 1).text()) || TimeStamps.is(lines.get(related - 1).text())
                || ReleaseMarks.isSource(lines.get(related - 1).text()))) {
            related--;
        }
        return lines.subList(start, related);
    }

    /**
     * A newspaper's or agency's name copied above the headline ("The Daily Courier", "BBC News"): a
     * line of a few capitalised words ending in a masthead's noun, a headline under it and a byline
     * or the page's time stamp under that, so a short headline over its standfirst stays a headline.
     */
    private static boolean isMastheadAboveHeadline(List<NumberedLine> lines) {
        if (lines.size() < 3) {
            return false;
        }
        String name = lines.get(0).text();
        String headline = lines.get(1).text();
        String under = lines.get(2).text();
        return Newsrooms.isNewsroom(name) && isHeadline(headline) && Bylines.of(headline).isEmpty()
                && headline.split("\\s+").length > name.split("\\s+").length
                && (!Bylines.of(under).isEmpty() || TimeStamps.is(under));
    }

    /**
     * A video's or gallery's title and caption copied above the headline, as USA Today's pages put
     * them: a title, a sentence, then the headline with its writer's name under it.
     */
    private static boolean isVideoAboveHeadline(List<NumberedLine> lines) {
        return lines.size() > 4 && isHeadline(lines.get(0).text()) && !endsASentence(lines.get(0).text())
                && endsASentence(lines.get(1).text()) && isHeadline(lines.get(2).text())
                && !TimeStamps.is(lines.get(2).text()) && !TimeStamps.isCredited(lines.get(2).text())
                && Bylines.at(lines, 2).isEmpty() && !Bylines.at(lines, 3).isEmpty();
    }

    // "Dec 3, 2024 - Economy" over the headline: the page's time stamp, with its section or not
    private static int stampsAboveHeadline(List<NumberedLine> lines) {
        int stamps = 0;
        while (stamps < lines.size() - 2
                && TimeStamps.is(SECTION_AFTER_STAMP.matcher(lines.get(stamps).text()).replaceFirst(""))) {
            stamps++;
        }
        return stamps > 0 && isHeadline(lines.get(stamps).text()) ? stamps : 0;
    }

    // "China" over "Politics" over a headline with a byline or time stamp under it: the page's
    // breadcrumbs, how many lines of them (0 if none)
    private static int sectionsAboveHeadline(List<NumberedLine> lines) {
        int sections = 0;
        while (sections < 3 && sections < lines.size() - 2 && isSectionName(lines.get(sections).text())) {
            sections++;
        }
        String headline = lines.get(sections).text();
        if (sections == 0 || !isHeadline(headline) || headline.split("\\s+").length <= 3
                || !Bylines.of(headline).isEmpty()) {
            return 0;
        }
        for (int at = sections + 1; at < Math.min(lines.size(), sections + 5); at++) {
            if (!Bylines.at(lines, at).isEmpty() || TimeStamps.is(lines.get(at).text())) {
                return sections;
            }
        }
        return 0;
    }

    // "Politics", "Haushalt 2025" (a kicker, as German pages set one over the headline)
    private static boolean isSectionName(String line) {
        String[] words = line.split("\\s+");
        return words.length <= MAX_SECTION_WORDS && isHeading(line) && !TimeStamps.is(line)
                && Character.isUpperCase(words[0].codePointAt(0)) && Arrays.stream(words).skip(1)
                        .allMatch(word -> Character.isUpperCase(word.codePointAt(0)) || word.matches("\\d{1,4}"));
    }

    // "Related topics" over "Plymouth", "Transport" at the story's end: the page's links, not the story's headings
    private static int relatedLinks(List<NumberedLine> lines, int start, int end) {
        for (int at = end - 1; at > start + 1; at--) {
            String line = lines.get(at).text();
            if (RELATED_LINKS.matcher(line).matches()) {
                return at;
            }
            if (!isHeading(line)) {
                break;
            }
        }
        return end;
    }

    // "Media Contact:" over names, addresses and numbers at the end of a press release: the contacts
    // are left out, with a note
    private static int beforeTheContacts(List<NumberedLine> lines, int start, int end, List<Note> notes) {
        for (int at = Math.max(start + 2, end - MAX_CONTACT_LINES); at < end; at++) {
            if (ReleaseMarks.isContacts(lines.get(at).text())) {
                notes.add(new Note(lines.get(at).number(), "the " + lines(end - at) + " from \""
                        + lines.get(at).text() + "\" on taken for the release's contacts and left out"));
                return at;
            }
        }
        return end;
    }

    // PR Newswire's "NEWS PROVIDED BY" over the issuer's name, under the headline: neither is the story's
    private static List<NumberedLine> withoutProvider(List<NumberedLine> lines) {
        for (int at = 1; at < Math.min(lines.size() - 1, MAX_HEADER_LINES); at++) {
            if (ReleaseMarks.isProvidedBy(lines.get(at).text())) {
                List<NumberedLine> without = new ArrayList<>(lines.subList(0, at));
                without.addAll(lines.subList(at + 2, lines.size()));
                return without;
            }
        }
        return lines;
    }

    // a press release's end ("ENDS", "-30-") under the story: the notes to editors after it are left out
    private static int beforeTheEndMark(List<NumberedLine> lines, int start, List<Note> notes) {
        for (int at = start + 2; at < lines.size(); at++) {
            String mark = lines.get(at).text();
            if (ReleaseMarks.isEnd(mark)) {
                if (at + 1 < lines.size()) {
                    notes.add(new Note(lines.get(at + 1).number(), "the " + lines(lines.size() - at - 1)
                            + " after the end mark \"" + mark + "\" (\"" + lines.get(at + 1).text()
                            + "\" …) taken for notes to editors and left out"));
                }
                return at;
            }
        }
        return lines.size();
    }
}
