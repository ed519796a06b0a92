package dev.herald.core.format.wire;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What comes between the headline and the story: the lead photo's caption (or null), the writers,
 * the standfirst a page sets between headline and byline (its lines, or none: it is the story's
 * first paragraph), and where the story starts.
 */
record StoryHead(Credited credited, List<String> authors, List<NumberedLine> standfirst, int bodyAt) {

    /** How many lines a standfirst between the headline and the byline takes at most. */
    private static final int MAX_STANDFIRST_LINES = 3;

    /** How many lines under the headline may be its caption, byline, time stamps and credits. */
    private static final int MAX_HEAD_LINES = 6;

    /** A writer's newsroom and place under the byline is short: at most this many words. */
    private static final int MAX_AFFILIATION_WORDS = 6;

    /** A broadcaster's local newsroom under the byline, named after it: "ABC Wide Bay", "BBC Radio Kent". */
    private static final Pattern OUTLET_DESK = Pattern.compile("\\p{Lu}{2,5}(?:\\s+\\p{Lu}[\\p{L}'’-]*)+");

    /** A place in capitals, as a page sets it over its time stamp: "GENOVA", "NEW YORK". */
    private static final Pattern PLACE_IN_CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}'’.-]*(?: \\p{Lu}[\\p{Lu}'’.-]*){0,2}");

    /** Where a writer reported from, as some pages set it under the byline: "Reporting from Kyiv". */
    private static final Pattern REPORTING_FROM = Pattern.compile("Reporting from \\p{Lu}[\\p{L}'’., -]{0,60}");

    /** Who made the pictures, as magazines set it under the byline: "Illustration by Jo Park", "Photographs by …". */
    private static final Pattern PICTURES_BY = Pattern.compile(
            "(?:Photo illustration|Illustrations?|Photographs|Photos|Photography|Graphics|Video) by \\p{Lu}[^.!?]{1,80}");

    StoryHead {
        authors = List.copyOf(authors);
        standfirst = List.copyOf(standfirst);
    }

    /**
     * The head under the headline, from line {@code at} on, in any order: a byline, the page's time
     * stamps (dropped: the date comes from the sidecar, an option or the file), and the caption
     * where the page put the photo there ({@code credited} when the caption came over the headline).
     */
    static StoryHead under(List<NumberedLine> lines, int at, Credited credited) {
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
            Optional<Credited> caption = credited == null && names.isEmpty() && !Newsrooms.isAgencyCredit(line)
                    ? Captions.headCaption(line) : Optional.empty();
            if (!names.isEmpty()) {
                authors = names;
            } else if (caption.isPresent()) {
                credited = caption.get();
            } else if (Newsrooms.isAgencyCredit(line) || Bylines.isNewsroomsAlone(line)) {
                // "By Euronews with AP", "Le Monde avec AFP": a newsroom's credit, no writer's
            } else if (standfirstCount > 0) {
                // "Headline", "Drivers face detours …", "By Jane Porter"
                standfirst = lines.subList(at, at + standfirstCount);
                at += standfirst.size();
                continue;
            } else if (!TimeStamps.is(line) && !TimeStamps.isCredited(line) && !REPORTING_FROM.matcher(line).matches()
                    && !PICTURES_BY.matcher(line).matches() && (authors.isEmpty() || !isAffiliation(line))
                    && !isPlaceOverStamp(lines, at)) {
                break;
            }
            at++;
        }
        return new StoryHead(credited, authors, standfirst, at);
    }

    // how many lines under the headline a page set over its byline or time stamp, as a standfirst
    // (the Daily Mail sets two or three); 0 if the line under the headline is no standfirst
    private static int standfirstLines(List<NumberedLine> lines, int at) {
        for (int count = 1; count <= MAX_STANDFIRST_LINES && at + count < lines.size(); count++) {
            if (TimeStamps.is(lines.get(at + count - 1).text())) {
                return 0;
            }
            String next = lines.get(at + count).text();
            if (!Bylines.at(lines, at + count).isEmpty() || TimeStamps.is(next) || Newsrooms.isAgencyCredit(next)
                    || Bylines.isNewsroomsAlone(next)) {
                return count;
            }
        }
        return 0;
    }

    // "GENOVA" over "07 dicembre 2026, 10:21", as ANSA's pages set where the story was filed from
    private static boolean isPlaceOverStamp(List<NumberedLine> lines, int at) {
        return at + 1 < lines.size() && PLACE_IN_CAPITALS.matcher(lines.get(at).text()).matches()
                && TimeStamps.is(lines.get(at + 1).text());
    }

    // "BBC News, Plymouth" under the writer's name: the newsroom the writer works for, and where
    private static boolean isAffiliation(String line) {
        String[] words = line.split("\\s+");
        // ", Plymouth": the byline's place, the line broken before it
        return words.length <= MAX_AFFILIATION_WORDS && (line.startsWith(",") || Newsrooms.isNewsroom(line.split(",", 2)[0])
                || OUTLET_DESK.matcher(line).matches() || Bylines.isRole(line));
    }
}
