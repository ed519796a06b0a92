package dev.herald.core.format.wire;

import dev.herald.core.format.wire.WireCopy.Block;
import dev.herald.core.format.wire.WireCopy.Note;
import dev.herald.core.text.Titles;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** A section's name after a time stamp above the headline: "Dec 3, 2024 - Economy". */
    private static final Pattern SECTION_AFTER_STAMP = Pattern.compile("\\s+[-–—|]\\s+\\p{Lu}[\\p{L} &]{0,30}$");

    /** A section's name above the headline, as a page's breadcrumbs copy: "World", "Politics". */
    private static final int MAX_SECTION_WORDS = 2;

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

    /** How many lines of a page's header may come before the photo caption. */
    private static final int MAX_HEADER_LINES = 6;

    /** How many lines at the end of the story a page's note on its writer takes at most. */
    private static final int WRITERS_NOTE_LINES = 3;

    /** A broadcaster's local newsroom under the byline, named after it: "ABC Wide Bay", "BBC Radio Kent". */
    private static final Pattern OUTLET_DESK = Pattern.compile("\\p{Lu}{2,5}(?:\\s+\\p{Lu}[\\p{L}'’-]*)+");

    /**
     * A story a newsroom wrote from an agency's copy, credited under its headline: "Le Monde with
     * AFP", "Le Monde avec AFP", "ZEIT ONLINE mit dpa", "El País con agencias".
     */
    private static final Pattern WITH_AGENCY = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’ -]{1,40} (?:with|avec|mit|con|com|met|med) (?:l['’])?(\\p{L}[\\p{L} -]{0,30})");

    /** How many lines a release's contacts at its end take at most. */
    private static final int MAX_CONTACT_LINES = 8;

    /** How many lines a standfirst between the headline and the byline takes at most. */
    private static final int MAX_STANDFIRST_LINES = 3;

    /** How many lines under the headline may be its caption, byline, time stamps and credits. */
    private static final int MAX_HEAD_LINES = 6;

    /** A writer's newsroom and place under the byline is short: at most this many words. */
    private static final int MAX_AFFILIATION_WORDS = 6;

    /** Headlines are short: at most this many words. */
    private static final int MAX_HEADLINE_WORDS = 25;

    /** Headings are short: at most this many words. */
    private static final int MAX_HEADING_WORDS = 12;

    /** Punctuation that closes a sentence (or a quotation) and so marks a paragraph. */
    private static final String CLOSING_PUNCTUATION = ".!?:;,…\"”’')]" + SentenceMarks.OTHER_SCRIPTS + "：；，";

    /** What a page sets over the links to its sections at a story's end: "Related topics". */
    private static final Pattern RELATED_LINKS = Pattern.compile(
            "(?i)related (?:topics|links|content|internet links)|more on this (?:story|topic)|top stories");

    /** Where a writer reported from, as some pages set it under the byline: "Reporting from Kyiv". */
    private static final Pattern REPORTING_FROM = Pattern.compile("Reporting from \\p{Lu}[\\p{L}'’., -]{0,60}");

    /** Who made the pictures, as magazines set it under the byline: "Illustration by Jo Park", "Photographs by …". */
    private static final Pattern PICTURES_BY = Pattern.compile(
            "(?:Photo illustration|Illustrations?|Photographs|Photos|Photography|Graphics|Video) by \\p{Lu}[^.!?]{1,80}");

    /**
     * A dateline set on a line of its own above the story, as CNN does, "London CNN —", or Europa
     * Press, "MADRID, 3 (EUROPA PRESS)".
     */
    private static final Pattern DATELINE_ALONE = Pattern.compile("\\p{Lu}[\\p{L}'’., ()]{0,60}\\s(?:—|–|--?)"
            + "|\\p{Lu}[\\p{Lu}'’. -]{1,30}, \\d{1,2} \\(\\p{Lu}[\\p{Lu} ]{1,20}\\)");

    /**
     * The agencies' sign-off ("Reporting by Ana Lima in Lisbon; Editing by Jo Park", "Associated
     * Press writer Jo Park in London contributed to this report.", Bloomberg's "--With assistance
     * from Jo Park."): names after "by", no sentence in it ("Writing by hand, she …" is the story's).
     */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "\\(*(?:Reporting|Additional reporting|Writing|Editing|Edited) by:? \\p{Lu}[^.!?]*\\.?"
                    + "|(?:Mit (?:Informationen|Material) von|Mitarbeit:|Avec (?:la collaboration de|l['’]AFP)"
                    + "|Con información de|Con (?:la )?colaboración de|Met medewerking van) \\p{L}[^.!?]*\\.?"
                    + "|-*\\s*With assistance from \\p{Lu}[^.!?]*\\.?"
                    + "|\\p{Lu}[^.!?]{0,200} contributed (?:to this report|reporting)[^.!?]{0,120}\\.?");

    /** How many lines a page's box of key points before the headline takes at most. */
    private static final int MAX_KEY_POINTS_LINES = 10;

    /** Where a story says it came from, as German pages end one: "Quelle: WELT/dpa", "Fuente: EFE". */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?:Quelle|Quellen|Source|Sources|Fuente|Fuentes|Fonte|Fonti|Bron|Källa|Kilde)\\s?:\\s*\\p{L}.{0,100}");

    /** How a sign-off opens, in Reuters' plain text in parentheses: "(Reporting by", "--With assistance from". */
    private static final Pattern SIGN_OFF_START = Pattern.compile(
            "\\(*(?:Reporting|Additional reporting|Writing|Editing) by |-*\\s*With assistance from ");

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
        lines = withTheHeadlineFirst(withoutPageFurniture(withoutProvider(lines), notes));
        Optional<Credited> credited = lines.size() > 1 ? leadCaption(lines.get(0).text(), lines.get(1).text())
                : Optional.empty();
        int titleAt = credited.isPresent() ? 1 : 0;
        int creditLines = credited.isPresent() ? 0 : creditLinesUnderCaption(lines);
        if (creditLines > 0) {
            credited = Optional.of(new Credited(lines.get(0).text(), lines.get(1).text()));
            titleAt = 1 + creditLines;
        }
        Head head = head(lines, titleAt + 1, credited.orElse(null));
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

    // "HANNA KOVAL" over "Koval covers the Rocky Mountain region for The Associated Press.": the page's
    // note on its writer, after the story, is left out
    private static void withoutWritersNote(List<NumberedLine> body, List<String> authors, List<Note> notes) {
        for (int at = Math.max(1, body.size() - WRITERS_NOTE_LINES); at < body.size(); at++) {
            String line = body.get(at).text();
            if (authors.stream().anyMatch(line::equalsIgnoreCase)) {
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

    // a story's first paragraph where a headline would be: longer than any, or a long sentence
    private static boolean isParagraph(String line) {
        int words = line.split("\\s+").length;
        return words > MAX_HEADLINE_WORDS || endsASentence(line) && words > MAX_HEADING_WORDS;
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

    // "London CNN —" over "Dock workers …": one paragraph
    private static List<NumberedLine> withDatelinesJoined(List<NumberedLine> lines) {
        List<NumberedLine> joined = new ArrayList<>(lines.size());
        for (int at = 0; at < lines.size(); at++) {
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

    /**
     * What comes between the headline and the story: the lead photo's caption (or null), the
     * writers, the standfirst a page sets between headline and byline (its lines, or none: it is the story's
     * first paragraph), and where the story starts.
     */
    private record Head(Credited credited, List<String> authors, List<NumberedLine> standfirst, int bodyAt) {
    }

    // under the headline, in any order: a byline, the page's time stamps (dropped: the date comes
    // from the sidecar, an option or the file), and the caption where the page put the photo there
    private static Head head(List<NumberedLine> lines, int at, Credited credited) {
        int firstUnder = at;
        List<String> authors = List.of();
        List<NumberedLine> standfirst = List.of();
        for (int look = 0; look < MAX_HEAD_LINES && at < lines.size() - 1; look++) {
            String line = lines.get(at).text();
            Optional<Credited> labelled = credited == null && at < lines.size() - 2
                    ? Captions.labelledCaption(line, lines.get(at + 1).text()) : Optional.empty();
            if (labelled.isPresent()) {
                credited = labelled.get();
                at += 2;
                continue;
            }
            List<String> names = authors.isEmpty() ? Bylines.at(lines, at) : List.of();
            int standfirstCount = at == firstUnder && authors.isEmpty() ? standfirstLines(lines, at) : 0;
            Optional<Credited> caption = credited == null && names.isEmpty() && !isAgencyCredit(line)
                    ? Captions.headCaption(line) : Optional.empty();
            if (!names.isEmpty()) {
                authors = names;
            } else if (caption.isPresent()) {
                credited = caption.get();
            } else if (isAgencyCredit(line) || Bylines.isNewsroomsAlone(line)) {
                // "By Euronews with AP", "Le Monde avec AFP": a newsroom's credit, no writer's
            } else if (standfirstCount > 0) {
                // "Headline", "Drivers face detours …", "By Jane Porter"
                standfirst = lines.subList(at, at + standfirstCount);
                at += standfirst.size();
                continue;
            } else if (!TimeStamps.is(line) && !TimeStamps.isCredited(line) && !REPORTING_FROM.matcher(line).matches()
                    && !PICTURES_BY.matcher(line).matches() && (authors.isEmpty() || !isAffiliation(line))) {
                break;
            }
            at++;
        }
        return new Head(credited, authors, standfirst, at);
    }

    // how many lines under the headline a page set over its byline or time stamp, as a standfirst
    // (the Daily Mail sets two or three); 0 if the line under the headline is no standfirst
    private static int standfirstLines(List<NumberedLine> lines, int at) {
        for (int count = 1; count <= MAX_STANDFIRST_LINES && at + count < lines.size(); count++) {
            if (TimeStamps.is(lines.get(at + count - 1).text())) {
                return 0;
            }
            String next = lines.get(at + count).text();
            if (!Bylines.at(lines, at + count).isEmpty() || TimeStamps.is(next) || isAgencyCredit(next)
                    || Bylines.isNewsroomsAlone(next)) {
                return count;
            }
        }
        return 0;
    }

    // "Le Monde avec AFP": the newsroom and the agency whose copy it used, no writer
    private static boolean isAgencyCredit(String line) {
        Matcher credit = WITH_AGENCY.matcher(line);
        return credit.matches() && (Newsrooms.isAgency(credit.group(1)) || Newsrooms.isAgenciesWord(credit.group(1)));
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
            if (SIGN_OFF.matcher(lines.get(at).text()).matches()) {
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
                || isAgencyCredit(lines.get(related - 1).text()) || TimeStamps.is(lines.get(related - 1).text())
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

    // "BBC News, Plymouth" under the writer's name: the newsroom the writer works for, and where
    private static boolean isAffiliation(String line) {
        String[] words = line.split("\\s+");
        // ", Plymouth": the byline's place, the line broken before it
        return words.length <= MAX_AFFILIATION_WORDS && (line.startsWith(",") || Newsrooms.isNewsroom(line.split(",", 2)[0])
                || OUTLET_DESK.matcher(line).matches() || Bylines.isRole(line));
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

    private static String lines(int count) {
        return count == 1 ? "line" : count + " lines";
    }

    // a headline: a line of words that ends without a full stop
    private static boolean isHeadline(String line) {
        return !line.endsWith(".") && !line.endsWith("。") && line.split("\\s+").length <= MAX_HEADLINE_WORDS;
    }

    private static boolean endsASentence(String line) {
        return (".!?\"”’…" + SentenceMarks.OTHER_SCRIPTS).indexOf(line.charAt(line.length() - 1)) >= 0;
    }


    // a bulleted line is an item of a list; the line after the headline is the lede, however short
    private static Block block(String line, boolean first) {
        Matcher bullet = ListItems.BULLET.matcher(line);
        if (bullet.matches()) {
            return new Block(bullet.group(1), Block.Kind.ITEM);
        }
        if (SIGN_OFF.matcher(line).matches()) {
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
                || SIGN_OFF_START.matcher(line).lookingAt();
    }

    private static boolean standsAlone(String line) {
        return Captions.credited(line).isPresent() || !Bylines.of(line).isEmpty()
                || line.startsWith(Captions.IMAGE_SOURCE) || line.startsWith(Captions.IMAGE_CAPTION)
                || TimeStamps.is(line) || !Bylines.namesAlone(line).isEmpty();
    }

    private static boolean isHeading(String line) {
        char last = line.charAt(line.length() - 1);
        return CLOSING_PUNCTUATION.indexOf(last) < 0 && line.split("\\s+").length <= MAX_HEADING_WORDS;
    }
}
