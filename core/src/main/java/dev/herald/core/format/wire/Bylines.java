package dev.herald.core.format.wire;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writers a news page names under its headline: in a byline ("By Jane Doe and John Roe,
 * Reuters"), or alone beside the page's time stamp ("Jane Porter in Plymouth"), without the
 * newsrooms, roles and places beside them.
 */
final class Bylines {

    /**
     * A byline under the headline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Story by Jane
     * Doe", "by Jo Lee".
     */
    private static final Pattern BYLINE = Pattern.compile(
            "(?:(?:Story|Written|Words) by|By|BY|by)\\s+(\\p{Lu}[^.!?:;]{1,120})"
                    // "ByJane Doe", as ABC News' pages copy it
                    + "|By(\\p{Lu}\\p{Ll}[^.!?:;]{1,120})");

    /** "Author:" as pages label the writer: "Autor: Max Mustermann", "Auteur : Jean Dupont". */
    private static final String AUTHOR_LABEL = "(?:Author|Autor|Autorin|Autora|Auteur|Autore|Auteurs|Autoren)\\s?:";

    /**
     * A byline in the other languages whose pages are copied most: "Von Anna Schmidt und Jonas Weber",
     * "Par Jean Dupont", "Texte par : Jean Dupont", "Por María García", "di Mario Rossi", "Door Pieter
     * de Vries", "Av Erik Johansson". Its names are held to stricter rules than after "By": every word
     * of them capitalised, or a particle, so "Von Berlin nach Paris" is no byline; and in the story
     * only Italian's is taken in lower case, as Italian pages set it, so a wrapped line "von Olaf
     * Scholz" is a sentence's.
     */
    private static final Pattern OTHER_LANGUAGES_BYLINE = Pattern.compile(
            "(?:Von|VON|Par|PAR|Texte par\\s*:|Por|POR|Di|DI|di|Door|DOOR|Av|AV|Af|AF|" + AUTHOR_LABEL + ")"
                    + "\\s+(\\p{Lu}[^.!?:;]{1,120})");

    /** The same under the headline, where a page may set it in lower case too: "par Claire Martin". */
    private static final Pattern OTHER_LANGUAGES_BYLINE_UNDER_HEADLINE = Pattern.compile(
            "(?:[Vv]on|VON|[Pp]ar|PAR|Texte par\\s*:|[Pp]or|POR|[Dd]i|DI|[Dd]oor|DOOR|[Aa]v|AV|[Aa]f|AF|" + AUTHOR_LABEL + ")"
                    + "\\s+(\\p{Lu}[^.!?:;]{1,120})");

    /** An agency credited beside the writers: "Par Jean Dupont avec AFP", "Von Anna Schmidt mit dpa". */
    private static final Pattern WITH_AGENCY = Pattern.compile(
            "\\s+(?:with|avec|mit|con|com|met|med)\\s+(?:l['’]|der\\s+|den\\s+)?(\\p{L}[\\p{L} -]{0,30})$");

    /** An agency's name after the last writer's without a comma, as AP sets it: "By Jo Park Associated Press". */
    private static final Pattern TRAILING_AGENCY = Pattern.compile(
            "(?i)(?<=\\p{L})\\s+(?:the\\s+)?(?:associated press|reuters|afp|bloomberg(?: news)?)$");

    /** The newsroom the writers wrote for, after their names: "By JANE DOE FOR MAILONLINE", "for the Daily Mail". */
    private static final Pattern WRITING_FOR = Pattern.compile("(?i)\\s+for\\s+(?:the\\s+)?\\p{L}[\\p{L}. ]{0,30}$");

    /** A page's button after the writers' names: "By Jane Doe Follow". */
    private static final Pattern FOLLOW_BUTTON = Pattern.compile("\\s+Follow$");

    /** A writer's handle after the name, as some pages set it: "Jane Doe @janedoe". */
    private static final Pattern HANDLE = Pattern.compile("\\s+@\\w{1,30}$");

    /** Where the writers wrote from, after their names: "Jane Porter in Plymouth". */
    private static final Pattern WRITER_PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L}'’. -]{0,40}$");

    /** The last word of a writer's role written after the name. */
    private static final String ROLE_WORD = "(?:correspondent|editor|reporter|writer|columnist|producer|analyst"
            + "|contributor|chief|critic|commentator)";

    /**
     * A writer's role after the name on the same line, as the Guardian sets it: "Jo Park Scotland
     * correspondent", "Jo Park Deputy political editor", "Jo Park Middle East correspondent": one
     * capitalised word (two for a region), lower-case words, a role.
     */
    private static final Pattern TRAILING_ROLE = Pattern.compile(
            "\\s+(?:(?:North|South|East|West|Middle|Latin|Central)\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+)?"
                    + "(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,3}" + ROLE_WORD + "$");

    /** The same all in lower case, "Jo Park economics correspondent", where the capitalised word is the name's. */
    private static final Pattern TRAILING_LOWER_CASE_ROLE = Pattern.compile(
            "\\s+(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,3}" + ROLE_WORD + "$");

    /** The small words inside names: "Ana de Souza", "Jan van Dijk", "Omar bin Said". */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du",
            "van", "von", "der", "den", "ter", "ten", "la", "le", "bin", "ibn", "al", "el", "y");

    /** Small words a heading in title case has and a person's name has not: "Door To Door", "Par For The Course". */
    private static final Set<String> NO_NAME_WORDS = Set.of("the", "for", "of", "to", "in", "on", "at", "an", "a",
            "with", "from", "and", "or", "is", "our", "your", "my", "this", "that", "new", "how", "why", "what");

    /** What a writer's role in a byline ends in: "Chief Political Correspondent", "Health Editor". */
    private static final Set<String> ROLES = Set.of("Correspondent", "Editor", "Reporter", "Writer", "Columnist",
            "Producer", "Analyst", "Contributor");

    /** A role's line is short: at most this many words. */
    private static final int MAX_ROLE_WORDS = 6;

    /** A newsroom's initials in a byline: "CNN", "BBC", "NPR". */
    private static final Pattern OUTLET_ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    /** A newsroom's name in capitals, with a channel's number: "FRANCE 24", "RTL", "TV 2". */
    private static final Pattern OUTLET = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&-]*(?:\\s+[\\p{Lu}\\d&-]+){0,2}");

    /** What a page sets between a byline and its time stamp. */
    private static final Pattern STAMP_SEPARATOR = Pattern.compile("\\s+[|•·–—-]\\s+");

    /** What separates the names of a byline. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*,\\s*|\\s+(?:and|und|et|y|e|en|och|og)\\s+|\\s*&\\s*");

    /** Bylines are short: at most this many words. */
    private static final int MAX_WORDS = 12;

    private Bylines() {
    }

    /**
     * The writers the line at {@code at} names: a byline, or names alone ("Jane Porter in Plymouth",
     * as the Guardian sets them) beside the page's time stamp; empty if it names none.
     */
    static List<String> at(List<NumberedLine> lines, int at) {
        String line = lines.get(at).text();
        List<String> names = of(line, OTHER_LANGUAGES_BYLINE_UNDER_HEADLINE);
        boolean besideTimeStamp = at + 1 < lines.size() && TimeStamps.is(lines.get(at + 1).text())
                || at > 0 && TimeStamps.is(lines.get(at - 1).text())
                // "Tom Lee" over "Technology correspondent @TomLee", or over "USA TODAY", over the time stamp
                || at + 2 < lines.size() && isRoleOrNewsroom(lines.get(at + 1).text())
                        && TimeStamps.is(lines.get(at + 2).text());
        return names.isEmpty() && besideTimeStamp ? namesAlone(line) : names;
    }

    /** The writers a byline names, without the newsrooms beside them; empty if the line is no byline. */
    static List<String> of(String line) {
        return of(line, OTHER_LANGUAGES_BYLINE);
    }

    private static List<String> of(String line, Pattern otherLanguages) {
        if (line.split("\\s+").length > MAX_WORDS) {
            return stampedNames(line);
        }
        String stampless = withoutTimeStamp(line);
        Matcher byline = BYLINE.matcher(stampless);
        if (byline.matches()) {
            List<String> writers = writers(named(byline));
            // "By Land and Sea" is a heading: a writer has a first and a last name
            return writers.stream().allMatch(Bylines::isPersonalName) ? writers : List.of();
        }
        Matcher other = otherLanguages.matcher(stampless);
        if (other.matches()) {
            List<String> writers = writers(other.group(1));
            return writers.stream().allMatch(Bylines::isCapitalisedName) ? writers : List.of();
        }
        return stampedNames(line);
    }

    /**
     * A byline that names only newsrooms, no writer: "By Reuters", "Texte par : FRANCE 24", "By
     * Euronews with AP" (beside an agency, a single word is no writer's whole name).
     */
    static boolean isNewsroomsAlone(String line) {
        Matcher byline = BYLINE.matcher(line);
        Matcher other = OTHER_LANGUAGES_BYLINE.matcher(line);
        String named = byline.matches() ? named(byline) : other.matches() ? other.group(1) : null;
        if (named == null || line.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        String names = withoutAgency(named);
        boolean besideAnAgency = !names.equals(named);
        return SEPARATOR.splitAsStream(names).allMatch(name -> isNewsroomOrRole(name) || OUTLET.matcher(name).matches()
                || besideAnAgency && !name.strip().contains(" "));
    }

    // the writers named after "By", without the newsrooms, agencies and the place beside them
    private static List<String> writers(String named) {
        String writersOnly = WRITING_FOR.matcher(FOLLOW_BUTTON.matcher(withoutAgency(named).strip()).replaceFirst(""))
                .replaceFirst("");
        String names = withoutTrailingNewsroom(TRAILING_AGENCY.matcher(writersOnly).replaceFirst(""));
        List<String> parts = SEPARATOR.splitAsStream(names).filter(name -> !name.isEmpty()).toList();
        // "Von Anna Schmidt, Berlin": one word after the writers' names is where they wrote from
        if (parts.size() > 1 && !parts.get(parts.size() - 1).contains(" ") && names.matches(".*,\\s*\\S+$")) {
            parts = parts.subList(0, parts.size() - 1);
        }
        return parts.stream().filter(name -> !isNewsroomOrRole(name)).map(Bylines::withoutShouting).toList();
    }

    // what a byline names after "By", spaced or glued
    private static String named(Matcher byline) {
        return byline.group(1) != null ? byline.group(1) : byline.group(2);
    }

    // "Jean Dupont avec AFP": the names without the agency credited beside them
    private static String withoutAgency(String named) {
        Matcher agency = WITH_AGENCY.matcher(named);
        return agency.find() && (Newsrooms.isAgency(agency.group(1)) || Newsrooms.isAgenciesWord(agency.group(1)))
                ? named.substring(0, agency.start()) : named;
    }

    /** Whether the text is what separates two writers' names: "and", "&", "und", ",". */
    static boolean isSeparator(String text) {
        return SEPARATOR.matcher(" " + text + " ").matches();
    }

    /** "Jane Porter and Sam Okafor in Plymouth": writers' names, and where from, with nothing else; else empty. */
    static List<String> namesAlone(String line) {
        String[] words = line.split("\\s+");
        if (words.length > MAX_WORDS || words[0].equalsIgnoreCase("by")) {
            return List.of();
        }
        String unhandled = withoutTrailingRole(HANDLE.matcher(line).replaceFirst(""));
        List<String> names = SEPARATOR.splitAsStream(WRITER_PLACE.matcher(unhandled).replaceFirst("")).toList();
        // every word a name's: "Written by Jane Doe" is no one's name
        return names.stream().allMatch(Bylines::isCapitalisedName) ? names : List.of();
    }

    // "Jo Park Scotland correspondent": the name alone, which keeps two words at least
    private static String withoutTrailingRole(String line) {
        String name = TRAILING_ROLE.matcher(line).replaceFirst("");
        return name.contains(" ") ? name : TRAILING_LOWER_CASE_ROLE.matcher(line).replaceFirst("");
    }

    // "Jane Doe · CBC News · Posted: Dec 03, 2024 4:00 AM EST | Last Updated: 2 hours ago": names
    // alone, then only newsrooms and time stamps between the page's separators
    private static List<String> stampedNames(String line) {
        String[] parts = STAMP_SEPARATOR.split(line);
        if (parts.length < 2 || !Arrays.stream(parts).skip(1).allMatch(part -> TimeStamps.is(part)
                || Newsrooms.isNewsroom(part) || OUTLET_ACRONYM.matcher(part).matches())
                || Arrays.stream(parts).skip(1).noneMatch(TimeStamps::is)) {
            return List.of();
        }
        return namesAlone(parts[0]);
    }

    // "By Jane Porter | Published 3 hours ago", "Story by Jane Doe • 2h": the page's time stamp beside
    // the byline is no name
    private static String withoutTimeStamp(String line) {
        Matcher separator = STAMP_SEPARATOR.matcher(line);
        return separator.find() && TimeStamps.is(line.substring(separator.end()))
                ? line.substring(0, separator.start()) : line;
    }

    private static boolean isRoleOrNewsroom(String line) {
        return isRole(line) || Newsrooms.isNewsroom(line);
    }

    /** A writer's role on a line of its own, as some pages set it under the name: "Harbour correspondent @TomLee". */
    static boolean isRole(String line) {
        String[] words = line.split("\\s+");
        return words.length <= MAX_ROLE_WORDS && Arrays.stream(words).anyMatch(word -> ROLES.contains(
                word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1)));
    }

    // "Jane Roe Fox News": a newsroom after the last writer's name without a comma, of two or three words
    private static String withoutTrailingNewsroom(String names) {
        String[] words = names.split("\\s+");
        for (int length = 2; length <= 3 && words.length - length >= 2; length++) {
            String newsroom = String.join(" ", Arrays.copyOfRange(words, words.length - length, words.length));
            if (Newsrooms.isNewsroom(newsroom) && !SEPARATOR.matcher(newsroom).find()) {
                return String.join(" ", Arrays.copyOfRange(words, 0, words.length - length));
            }
        }
        return names;
    }

    // a newsroom or a role named beside the writers: "Reuters", "CNN", "BBC News", "Health Editor"
    private static boolean isNewsroomOrRole(String name) {
        String[] words = name.split("\\s+");
        return Newsrooms.isNewsroom(name) || OUTLET_ACRONYM.matcher(name).matches()
                || words.length <= 4 && ROLES.contains(words[words.length - 1]);
    }

    // "HANNA KOVAL", as some sites set bylines, is Hanna Koval; "Hanna McKay" stays as written
    private static String withoutShouting(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder written = new StringBuilder(name.length());
        boolean wordStart = true;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            written.append(wordStart ? Character.toUpperCase(c) : c);
            wordStart = !Character.isLetter(c);
        }
        return written.toString();
    }

    // a name of capitalised words and particles only: "Pieter de Vries", not "Berlin nach Paris" nor
    // a heading in title case, "Par For The Course"
    private static boolean isCapitalisedName(String name) {
        return isPersonalName(name) && Arrays.stream(name.split("\\s+")).allMatch(word -> !NO_NAME_WORDS.contains(
                word.toLowerCase(Locale.ROOT)) && (Character.isUpperCase(word.charAt(0)) || NAME_PARTICLES.contains(word)));
    }

    private static boolean isPersonalName(String name) {
        String[] words = name.split("\\s+");
        return words.length >= 2 && words.length <= 5 && Character.isUpperCase(words[0].charAt(0))
                && Character.isUpperCase(words[words.length - 1].charAt(0));
    }
}
