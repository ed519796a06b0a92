package dev.herald.core.read.feed;

import dev.herald.core.model.Author;
import dev.herald.core.problem.Problems;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The posts of a Medium export (Settings › Security and apps › Download your information: a zip
 * whose {@code posts/} folder holds each post as an HTML page marked up as an {@code h-entry})
 * as {@link FeedItem}s: title, subtitle as summary, body, date, writers, tags and canonical link.
 * A draft's file is named {@code draft_…}: it is kept unpublished, and so is what looks like a
 * response to someone else's story ({@link MediumPost}).
 */
final class MediumExport {

    /** "2019-03-01_Harbour-bridge-reopens-3f1c2a9b8d7e" and "draft_Harbour-bridge-3f1c2a9b8d7e": the slug between. */
    private static final Pattern DATE_OR_DRAFT = Pattern.compile("^(?:\\d{4}-\\d{2}-\\d{2}_|draft[_-])");
    private static final Pattern MEDIUM_ID = Pattern.compile("-[0-9a-f]{8,16}$");

    private MediumExport() {
    }

    /** Whether the zip's posts folder holds Medium's posts: HTML pages with an {@code h-entry}. */
    static boolean isMedium(ExportZip export) {
        return export.posts().values().stream().anyMatch(html -> html.contains("h-entry"));
    }

    /** The posts, in the zip's order. */
    static List<FeedItem> items(ExportZip export, Problems problems) {
        List<FeedItem> items = new ArrayList<>();
        int number = 0;
        for (Map.Entry<String, String> file : export.posts().entrySet()) {
            number++;
            // printed back indented by jsoup: Medium's own indentation would fill the files with blanks
            Document page = Jsoup.parse(file.getValue());
            items.add(item(file.getKey(), page, number, export.savedAt().get(file.getKey())));
        }
        return items;
    }

    private static FeedItem item(String name, Document page, int number, Instant savedAt) {
        Element entry = page.selectFirst(".h-entry");
        boolean draft = name.startsWith("draft");
        if (entry == null) {
            MediumPost post = new MediumPost(false, draft, false, "");
            return new FeedItem(number, name, null, null, null, null, null, List.of(), List.of(), null, null, null,
                    List.of(), null, null, post);
        }
        String title = text(entry.selectFirst(".p-name"));
        title = title != null ? title : text(page.selectFirst("title"));
        String subtitle = text(entry.selectFirst("[data-field=subtitle], .p-summary"));
        Element body = entry.selectFirst("[data-field=body], .e-content");
        Element time = entry.selectFirst("time.dt-published[datetime]");
        Instant published = time == null ? null : FeedDates.parse(time.attr("datetime")).orElse(null);
        if (published == null && draft) {
            published = savedAt; // a draft has no date yet: it is dated when its file was saved
        }
        Element canonical = entry.selectFirst("a.p-canonical[href]");
        String link = canonical == null ? null : canonical.attr("href");
        boolean response = !draft && subtitle == null && body != null && MediumContent.isOneParagraph(body);
        MediumPost post = new MediumPost(true, draft, response, slug(link, name));
        List<String> tags = entry.select(".p-tags a").stream().map(Element::text).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList();
        return new FeedItem(number, link != null ? link : name, title, link, published, null, null, authors(entry),
                tags, subtitle, body == null ? null : MediumContent.shown(body, title, subtitle), null, List.of(),
                null, null, post);
    }

    // ".../@jo/harbour-bridge-reopens-3f1c2a9b8d7e" → "harbour-bridge-reopens"; else the file's name without date and id
    private static String slug(String link, String fileName) {
        URI uri = AtomEntries.uri(link);
        String path = uri == null || uri.getPath() == null ? "" : uri.getPath();
        String fromLink = MEDIUM_ID.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst("");
        if (!fromLink.isEmpty() && !fromLink.matches("[0-9a-f]+")) {
            return fromLink;
        }
        return MEDIUM_ID.matcher(DATE_OR_DRAFT.matcher(fileName).replaceFirst("")).replaceFirst("");
    }

    private static List<Author> authors(Element entry) {
        List<Author> authors = new ArrayList<>();
        for (Element writer : entry.select("a.p-author")) {
            String name = text(writer);
            if (name != null) {
                authors.add(new Author(name, null, AtomEntries.uri(writer.attr("href"))));
            }
        }
        return authors;
    }

    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.text().strip();
        return text.isEmpty() ? null : text;
    }
}
