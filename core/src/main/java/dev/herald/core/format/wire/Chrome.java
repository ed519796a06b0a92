package dev.herald.core.format.wire;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture copied along with a story, line by line: buttons, reading times, links to other
 * stories, newsletter invitations, copyright lines, the agencies' notes, desk initials, in English
 * and the other languages whose pages are copied most.
 */
final class Chrome {

    /** Page furniture copied along with the story, matched as whole lines. */
    private static final Set<String> CHROME = Set.of("comments", "share", "share this article", "advertisement",
            "read more", "related", "related articles", "related stories", "sign up", "subscribe", "print", "email",
            "tweet", "recommended", "more from this section", "sign up here.", "listen to this article",
            "scroll to continue", "advertisement · scroll to continue", "copy link", "save", "most read", "read next",
            "opens new tab", "purchase licensing rights", "purchase licensing rights, opens new tab",
            "our standards: the thomson reuters trust principles.",
            "our standards: the thomson reuters trust principles., opens new tab", "skip to main content",
            "skip to content", "suggested topics:", "share full article", "gift this article", "gift article",
            "share article", "save article", "listen to article", "print article", "copy", "link copied",
            "link copied!", "supported by", "skip advertisement", "reuse this content", "comment",
            "add to your saved stories", "democracy dies in darkness",
            "save articles to read later and create your own reading list.", "translate", "listen",
            "join our commenting forum", "share or comment on this article:",
            // a share bar's buttons, one a line as AP's pages copy them
            "facebook", "x", "twitter", "reddit", "linkedin", "pinterest", "flipboard", "whatsapp", "telegram",
            "threads", "bluesky", "mastodon", "messenger",
            // a photo's buttons (NPR), a page's invitations
            "hide caption", "toggle caption", "send us your feedback", "follow us", "become a member",
            "sponsor message", "also read", "follow", "subscribers only", "lire en français", "image:",
            "close", "video", "show caption",
            // a page's buttons for the size of its text
            "aa", "a a", "a+", "a-", "text size",
            // the same in the other languages whose pages are copied most
            "teilen", "artikel teilen", "anzeige", "werbung", "mehr zum thema", "artikel anhören", "merken",
            "kommentare", "nur für abonnenten", "partager", "lire plus tard", "écouter cet article", "lire aussi",
            "à lire aussi", "offrir l’article", "offrir l'article", "publicité", "article réservé aux abonnés",
            "cet article est réservé aux abonnés.", "réservé aux abonnés", "s'abonner", "s’abonner", "commenter",
            "compartir", "publicidad", "leer más", "lee también", "escuchar", "comentar", "condividi", "pubblicità",
            "leggi anche", "ascolta", "partilhar", "compartilhar", "publicidade", "leia também", "leia mais",
            "delen", "advertentie", "lees ook", "lees meer", "dela", "annons", "läs också", "läs mer", "del",
            "annonse", "les også", "læs også");

    /** A reading time as pages show one: "5 min read", "3 minute read", "Listen to this article · 5:12 min". */
    private static final Pattern READING_TIME = Pattern.compile("\\d+\\s*(?:min|mins|minute|minutes)\\.?\\s+read"
            + "|(?:reading time|time to read|time to|temps de lecture|lesezeit|tiempo de lectura|tempo di lettura"
            + "|lettura|tempo de leitura|leestijd|lästid|lesetid|læsetid|lesedauer)\\s*:?\\s*\\d+\\s*"
            + "(?:min|mins|minute|minutes|minuten|minutos|minuti|minuter|minutter)\\.?"
            + "|\\d+\\s*min\\.?\\s+(?:lesezeit|de lecture|de lectura|di lettura|de leitura|leestijd|lästid)"
            + "|\\d{1,2}\\s*mn|\\d{1,2}\\s*min"
            // the length of the story read aloud, under a "Listen" button: "2:45"
            + "|\\d{1,2}:\\d{2}"
            + "|listen to (?:this )?(?:article|story)\\W{0,3}(?:[\\d:.]+\\s*(?:min|mins|minutes)?)?(?:\\s*learn more)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * A gallery's count ("[1/3]", "Item 1 of 3") before a caption and a licensing link after it, as
     * Reuters' pages copy them.
     */
    private static final Pattern GLUED_CHROME = Pattern.compile("^(?:\\[\\d{1,3}/\\d{1,3}]|Item \\d{1,3} of \\d{1,3})\\s+"
            + "|\\s*Purchase Licensing Rights(?:, opens new tab)?$");

    /** A page's link to another story: "Read More: Chile's Copper Output Falls", "See also: …". */
    private static final Pattern OTHER_STORY = Pattern.compile("(?i)(?:read more|also read|see also|go deeper|related"
            + "|related coverage|more on this story|watch|listen|lire aussi|à lire aussi|lesen sie auch|mehr dazu"
            + "|mehr zum thema|leer más|lee también|leer también|leggi anche|leia também|leia mais|lees ook"
            + "|lees meer|läs också|läs mer|les også|læs også)\\s?(?::|\\s\\|)\\s.{1,200}");

    /**
     * Page furniture that varies: a site's navigation ("Home | News | Sport"), an invitation to a
     * newsletter, a count of comments, a list of the page's topics.
     */
    private static final Pattern PAGE_FURNITURE = Pattern.compile("(?i)(?:[^|]{1,25}\\|){2,}[^|]{1,25}"
            + "|(?:sign up|subscribe)\\b.{0,60}\\bnewsletters?\\b.{0,40}"
            + "|.{0,200}\\bnewsletters?\\b.{0,40}\\bsign up here\\.?"
            + "|\\d+\\s+comments?|comments?\\s*\\(\\d+\\)"
            + "|(?:topics?|tags|filed under|(?:see )?more on)\\s*:.{0,200}"
            + "|why you can trust .{1,40}|.{0,200}\\bin (?:this|our) (?:free )?(?:daily |weekly )?newsletter\\.?"
            + "|get our .{0,40}\\b(?:newsletter|email|bulletin)\\b.{0,80}|your information is being handled in accordance with .{1,120}");

    /**
     * An agency's notes under its stories: "Follow AP's coverage of … at https://…", "The Associated
     * Press receives support from … The AP is solely responsible for all content.", "Find AP's
     * standards for working with philanthropies … at AP.org."
     */
    private static final Pattern AGENCY_NOTE = Pattern.compile("(?i)(?:follow (?:ap|reuters|afp)['’]s coverage\\b"
            + "|the associated press receives\\b.{0,300}\\bsupport\\b|find ap['’]s standards\\b"
            + "|the ap is solely responsible\\b).{0,400}"
            // Bloomberg's note on what a new version of the story changed: "(Updates with prices in second paragraph.)"
            + "|\\((?:updates|adds|recasts|corrects|rewrites|changes)\\b[^()]{0,200}\\)"
            // AP's note to the editors who take its copy: "Eds: UPDATES with … With AP Photos."
            + "|(?-i:Eds?:|EDS?:)\\s.{0,300}");

    /** A copyright line: "©2026 Bloomberg L.P.", "Copyright 2026 The Associated Press. All rights reserved." */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright\\s*(?:©|\\(c\\))?)\\s*\\d{4}\\b.{0,200}"
                    + "|copyright\\b.{0,120}\\ball rights reserved\\.?"
                    // "© dpa-infocom, dpa:241203-99-123456/2", "(c) Agencia EFE": a line the sign opens, but
                    // not a list's third item, "(c) the council shall …"
                    + "|©\\s*\\S.{0,120}|(?-i:\\(c\\)\\s*\\p{Lu}[^.!?;:]{0,60})"
                    + "|.{0,120}\\b(?:tous droits réservés|alle rechte vorbehalten|todos los derechos reservados"
                    + "|riproduzione riservata|todos os direitos reservados|alle rechten voorbehouden)\\b.{0,120}");

    /**
     * The initials of the writers and desk a story went through, as Spiegel and AFP end their copy:
     * "ani/dpa", "abc/def/xyz", AFP's from a bureau, "bur-ach/pb", "burs-sst/as", and Lusa's.
     */
    private static final Pattern DESK_INITIALS = Pattern.compile("(?:burs?-)?\\p{Ll}{2,4}(?:/\\p{Ll}{2,5}){1,4}"
            // and Lusa's, in capitals: "JP // ALS"
            + "|\\p{Lu}{2,4}(?:\\s*//\\s*\\p{Lu}{2,4}){1,3}");

    /** What follows an agency's name in its signature under a story: "==Kyodo", "PTI AB CD XY". */
    private static final Pattern AGENCY_SIGNATURE = Pattern.compile("=*\\s*(\\p{L}+)((?:\\s+\\p{Lu}{2,4}){0,6})");

    private Chrome() {
    }

    // "==Kyodo", "PTI AB CD XY": the agency's name, alone after its marks or with its desk's initials
    private static boolean isAgencySignature(String line) {
        Matcher signature = AGENCY_SIGNATURE.matcher(line);
        return signature.matches() && Newsrooms.isAgency(signature.group(1))
                && (line.startsWith("=") || !signature.group(2).isEmpty());
    }

    // "[1/3] Cranes stand idle … REUTERS/Name Purchase Licensing Rights, opens new tab": the caption and credit
    static String withoutGluedChrome(String line) {
        return GLUED_CHROME.matcher(line).replaceAll("");
    }

    // page furniture, or a rule drawn with characters ("___", "* * *") that says nothing of its own
    static boolean isChrome(String line) {
        return CHROME.contains(line.toLowerCase(Locale.ROOT)) || READING_TIME.matcher(line).matches()
                || isAgencySignature(line)
                || OTHER_STORY.matcher(line).matches() || COPYRIGHT.matcher(line).matches()
                || DESK_INITIALS.matcher(line).matches()
                || PAGE_FURNITURE.matcher(line).matches() || AGENCY_NOTE.matcher(line).matches()
                || line.codePoints().noneMatch(Character::isLetterOrDigit) && !ReleaseMarks.isEnd(line);
    }
}
