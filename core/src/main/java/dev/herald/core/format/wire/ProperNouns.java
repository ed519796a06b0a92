package dev.herald.core.format.wire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper nouns a story mentions and how often: names of one or more capitalised words in a row
 * ("European Union", "Maria Lindqvist") and acronyms ("NATO"). A surname said alone after the full
 * name ("Lindqvist said") counts for the full name, as news style writes a name once in full.
 * Not thread-safe: one per story.
 */
final class ProperNouns {

    /** Names longer than this are title-case phrases rather than names; their words count alone. */
    private static final int MAX_NAME_WORDS = 4;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}-]*");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");
    /** A sentence ends at its stop, or at a dateline's dash ("LONDON (Reuters) - ", "(Bloomberg) -- ", "KYIV — "). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:])\\s+|(?<=[.!?][”\"’])\\s+|\\R"
            + "|(?<=\\)|\\p{Lu}{2})\\s+(?:-{1,2}|[–—])\\s+");

    /** Letters with stops: "U.S.", "U.K.", "E.U.", but also a name's initials ("J.K. Rowling"). */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:\\p{Lu}\\.){2,}(?![\\p{L}\\p{N}-])");

    /**
     * The countries and unions news writes with stops, which are acronyms (and no one's initials),
     * with their names: a story that says both counts both for the name.
     */
    private static final Map<String, String> DOTTED_ACRONYMS = Map.of("US", "United States", "USA", "United States",
            "UK", "United Kingdom", "EU", "European Union", "UN", "United Nations", "UAE", "United Arab Emirates",
            "USSR", "Soviet Union");
    /** German titles, compounds included: Bundeskanzlerin, Außenminister, Ministerpräsident, Frau. */
    private static final Pattern GERMAN_TITLE = Pattern.compile("\\p{L}*(?:minister|präsident|kanzler|bürgermeister"
            + "|sprecher|vorsitzende|direktor|botschafter)(?:in|innen|r)?|herr|frau");
    private static final Pattern NEXT_SENTENCE = Pattern.compile("\\s+\\p{Lu}");

    /** Capitalised words that are titles, days or months rather than parts of a subject's name. */
    private static final Set<String> NOT_NAMES = Set.of("minister", "ministers", "ministerial", "president",
            "prime", "deputy", "foreign", "secretary", "general", "chief", "commissioner", "chancellor", "governor",
            "mayor", "senator", "ambassador", "spokesperson", "spokesman", "spokeswoman", "executive", "chairman",
            "chairwoman", "director", "coach", "manager", "king", "queen", "prince", "princess", "pope", "judge", "sir",
            "meeting", "government", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** Words that open sentences in capitals without naming anything, seen in lower case or not. */
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "but", "and", "or", "so", "yet", "in", "on",
            "at", "after", "before", "when", "while", "as", "if", "for", "with", "by", "from", "this", "that", "it",
            "he", "she", "they", "we", "i", "there");

    /** First words that make a region of a place ("Eastern Europe"), whose last word is not a surname. */
    private static final Set<String> REGIONS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "greater", "upper", "lower");

    private final Set<String> lowerCaseWords = new HashSet<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> seenAsNames = new HashSet<>();
    private final Set<String> inBody = new HashSet<>();
    /** Acronyms the story wrote with stops: "US" is no "us" however often the story says "told us". */
    private final Set<String> dotted = new HashSet<>();

    /** Reads a story: the body's names counted, the headlines' added to them, the captions' shown by their capitals. */
    ProperNouns(StoryText story) {
        StoryText text = new StoryText(story.headlines().stream().map(this::undotted).toList(), undotted(story.body()),
                story.captions().stream().map(this::undotted).toList());
        List<String> sentences = List.of(SENTENCE_END.split(text.body()));
        text.headlines().forEach(this::noteLowerCaseWords);
        sentences.forEach(this::noteLowerCaseWords);
        for (String sentence : sentences) {
            for (Name name : namesIn(sentence)) {
                counts.merge(name.text(), 1, Integer::sum);
                inBody.add(name.text());
                if (name.shownAsName()) {
                    seenAsNames.add(name.text());
                }
            }
        }
        for (String caption : text.captions()) {
            for (String sentence : SENTENCE_END.split(caption)) {
                // "a station in Downtown Tokyo.": Tokyo is a name, whatever the photo's place is called
                namesIn(sentence).stream().filter(Name::shownAsName)
                        .forEach(name -> seenAsNames.addAll(List.of(name.text().split(" "))));
            }
        }
        text.headlines().forEach(this::countHeadline);
        countSurnamesForFullNames();
        countAcronymsForNames();
    }

    /** Each name the body showed as one (not only by a sentence's or a headline's capital), with its count. */
    Map<String, Integer> counts() {
        Map<String, Integer> names = new HashMap<>();
        counts.forEach((name, count) -> {
            boolean commonWord = !name.contains(" ") && lowerCaseWords.contains(name.toLowerCase(Locale.ROOT))
                    && !dotted.contains(name);
            if (seenAsNames.contains(name) && !commonWord && name.length() > 1) {
                names.put(name, count);
            }
        });
        return names;
    }

    // "U.S. officials" reads "US officials"; "in the U.S. Officials said" keeps the stop that ends its sentence
    private String undotted(String text) {
        Matcher abbreviation = DOTTED.matcher(text);
        StringBuilder written = new StringBuilder();
        while (abbreviation.find()) {
            String letters = abbreviation.group().replace(".", "");
            if (!DOTTED_ACRONYMS.containsKey(letters)) {
                continue;
            }
            dotted.add(letters);
            Matcher next = NEXT_SENTENCE.matcher(text).region(abbreviation.end(), text.length());
            abbreviation.appendReplacement(written, letters + (next.lookingAt() ? "." : ""));
        }
        return abbreviation.appendTail(written).toString();
    }

    private record Name(String text, boolean shownAsName) {
    }

    private record Word(String text, int start, int end, boolean possessive, boolean afterSpace) {

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        boolean acronym() {
            return text.length() > 1 && text.codePoints().allMatch(Character::isUpperCase);
        }
    }

    private void noteLowerCaseWords(String line) {
        for (Word word : words(line)) {
            if (Character.isLowerCase(word.text().codePointAt(0))) {
                lowerCaseWords.add(word.text().toLowerCase(Locale.ROOT));
            }
        }
    }

    // a capital after a sentence's first word is a name's; so is an acronym's, and a run of capitals
    private List<Name> namesIn(String sentence) {
        List<Name> names = new ArrayList<>();
        List<Word> words = words(sentence);
        for (List<Word> run : runs(words)) {
            boolean startsSentence = run.get(0) == words.get(0);
            String opener = run.get(0).text().toLowerCase(Locale.ROOT);
            if (startsSentence && (OPENERS.contains(opener) || lowerCaseWords.contains(opener))) {
                run = run.subList(1, run.size()); // "The European Union", "Officials in": no name's first word
                startsSentence = false;
            }
            for (List<Word> part : withoutTitles(run)) {
                boolean first = startsSentence && part.get(0) == run.get(0);
                if (part.size() > MAX_NAME_WORDS) {
                    part.forEach(word -> names.add(new Name(word.text(), word != words.get(0))));
                } else {
                    names.add(new Name(join(part), !first || part.size() > 1 || part.get(0).acronym()));
                }
            }
        }
        return names;
    }

    // a headline's capitals are its style: a name the body showed is found in it, the rest are single words
    private void countHeadline(String headline) {
        for (List<Word> run : runs(words(headline))) {
            int from = 0;
            while (from < run.size()) {
                int to = longestKnownName(run, from);
                counts.merge(join(run.subList(from, to)), 1, Integer::sum);
                from = to;
            }
        }
    }

    private int longestKnownName(List<Word> run, int from) {
        for (int to = Math.min(run.size(), from + MAX_NAME_WORDS); to > from + 1; to--) {
            if (seenAsNames.contains(join(run.subList(from, to)))) {
                return to;
            }
        }
        return from + 1;
    }

    // "Lindqvist" after "Maria Lindqvist": one person, counted under the full name when only one has that
    // surname and the body has it ("League" in a headline is none); "Europe" is no surname of "Eastern Europe"
    private void countSurnamesForFullNames() {
        Map<String, List<String>> fullNamesBySurname = new HashMap<>();
        for (String name : seenAsNames) {
            int space = name.lastIndexOf(' ');
            String firstWord = name.substring(0, Math.max(name.indexOf(' '), 0)).toLowerCase(Locale.ROOT);
            if (space > 0 && !REGIONS.contains(firstWord)) {
                fullNamesBySurname.computeIfAbsent(name.substring(space + 1), surname -> new ArrayList<>()).add(name);
            }
        }
        fullNamesBySurname.forEach((surname, fullNames) -> {
            Integer alone = counts.get(surname);
            if (fullNames.size() == 1 && alone != null && inBody.contains(surname)) {
                counts.remove(surname);
                counts.merge(fullNames.get(0), alone, Integer::sum);
                seenAsNames.remove(surname);
            }
        });
    }

    // "U.S." in a story that also says "the United States" is the United States
    private void countAcronymsForNames() {
        for (String acronym : dotted) {
            String name = DOTTED_ACRONYMS.get(acronym);
            Integer count = counts.get(acronym);
            if (count != null && seenAsNames.contains(name)) {
                counts.remove(acronym);
                counts.merge(name, count, Integer::sum);
            }
        }
    }

    private static List<Word> words(String line) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(line);
        while (matcher.find()) {
            Matcher possessive = POSSESSIVE.matcher(matcher.group());
            boolean isPossessive = possessive.find();
            String text = isPossessive ? matcher.group().substring(0, possessive.start()) : matcher.group();
            if (!text.isEmpty()) {
                boolean afterSpace = matcher.start() > 0 && Character.isSpaceChar(line.charAt(matcher.start() - 1));
                words.add(new Word(text, matcher.start(), matcher.end(), isPossessive, afterSpace));
            }
        }
        return words;
    }

    // capitalised words one space apart ("U.S." is no run); an acronym or a possessive ends a run ("NATO allies", "Ukraine's")
    private static List<List<Word>> runs(List<Word> words) {
        List<List<Word>> runs = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        Word previous = null;
        for (Word word : words) {
            boolean continues = previous != null && word.capitalised() && !word.acronym() && !previous.acronym()
                    && !previous.possessive() && word.afterSpace() && word.start() == previous.end() + 1;
            if (!continues && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            if (word.capitalised()) {
                run.add(word);
            }
            previous = word.capitalised() ? word : null;
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    // "Foreign Minister Andrii Sybiha" names Andrii Sybiha, and so does "Außenminister Andrii
    // Sybiha"; "Monday" names nobody
    private static List<List<Word>> withoutTitles(List<Word> run) {
        List<List<Word>> parts = new ArrayList<>();
        List<Word> part = new ArrayList<>();
        for (Word word : run) {
            String lower = word.text().toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(lower) || GERMAN_TITLE.matcher(lower).matches()) {
                if (!part.isEmpty()) {
                    parts.add(part);
                    part = new ArrayList<>();
                }
            } else {
                part.add(word);
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    private static String join(List<Word> words) {
        StringBuilder text = new StringBuilder();
        for (Word word : words) {
            text.append(text.isEmpty() ? "" : " ").append(word.text());
        }
        return text.toString();
    }
}
