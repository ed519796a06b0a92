package dev.herald.core.read.feed;

import dev.herald.core.model.Image;
import dev.herald.core.problem.Problems;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The posts of a beehiiv export (Settings › Publication › Export data, "Posts": a CSV file with a
 * post a row) as {@link FeedItem}s: web title and subtitle, the post's HTML (its content blocks,
 * without what the email hides, its tracking pixel and its merge tags), tags, thumbnail, date
 * and address. Drafts and premium posts are kept unpublished ({@link BeehiivPost}).
 */
final class BeehiivExport {

    /** Where beehiiv serves the files its export names by path ({@code uploads/asset/…}). */
    private static final String MEDIA = "https://media.beehiiv.com/";

    private BeehiivExport() {
    }

    /** Whether the bytes are a beehiiv posts export: CSV whose header names its post columns. */
    static boolean isExport(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).replace("\uFEFF", "");
        int end = start.indexOf('\n');
        List<String> header = Arrays.asList((end < 0 ? start : start.substring(0, end)).strip().split(","));
        return header.contains("web_title") && header.contains("content_html");
    }

    static List<FeedItem> items(byte[] csv, Problems problems) {
        List<FeedItem> items = new ArrayList<>();
        List<Map<String, String>> rows = CsvRows.of(csv, "", problems);
        for (int i = 0; i < rows.size(); i++) {
            items.add(item(rows.get(i), i + 1));
        }
        return items;
    }

    private static FeedItem item(Map<String, String> row, int number) {
        BeehiivPost post = BeehiivPost.of(row);
        String published = CsvRows.value(row, "publish_date");
        String date = published != null ? published : CsvRows.value(row, "created_at");
        List<String> tags = new ArrayList<>();
        String written = CsvRows.value(row, "content_tags");
        if (written != null) {
            Arrays.stream(written.split(";")).map(String::strip).filter(tag -> !tag.isEmpty()).forEach(tags::add);
        }
        URI thumbnail = media(CsvRows.value(row, "thumbnail_url"));
        Instant dated = FeedDates.parse(date).orElse(null);
        return new FeedItem(number, CsvRows.value(row, "id"), CsvRows.value(row, "web_title"),
                CsvRows.value(row, "url"), dated, dated == null ? date : null, null, List.of(),
                tags, CsvRows.value(row, "web_subtitle"), shown(CsvRows.value(row, "content_html")),
                thumbnail == null ? null : new Image(thumbnail, null, null, null), List.of(), null, null, post);
    }

    // the post's content blocks, without what the email hides or fills in for each reader
    private static String shown(String html) {
        if (html == null) {
            return null;
        }
        Document document = Jsoup.parse(html);
        Element blocks = document.getElementById("content-blocks");
        // content blocks written straight into a table row are moved out of it by HTML's parsing rules
        boolean holdsThem = blocks != null && (blocks.hasText() || !blocks.select("img").isEmpty());
        Element content = holdsThem ? blocks : document.body();
        content.select("[style*=display:none], [style*=display: none]").remove();
        content.select("img[src*={{], a[href*={{]").remove();
        content.getElementsMatchingOwnText("\\{\\{\\s*\\w+\\s*\\}\\}").forEach(Element::remove);
        // an email lays its blocks out in tables of one column: the blocks, not the tables, are the post
        for (Element table : content.select("table")) {
            List<Element> rows = table.select("tr").stream().filter(row -> row.closest("table") == table).toList();
            if (rows.stream().allMatch(row -> row.select("> td, > th").size() <= 1)) {
                for (Element row : rows) {
                    row.select("> td, > th").forEach(Element::unwrap);
                    row.unwrap();
                }
                table.select("> tbody, > thead, > tfoot").forEach(Element::unwrap);
                table.unwrap();
            }
        }
        return content.html().strip();
    }

    private static URI media(String path) {
        if (path == null) {
            return null;
        }
        URI absolute = AtomEntries.uri(path);
        return absolute != null ? absolute : AtomEntries.uri(MEDIA + path.replaceFirst("^/+", ""));
    }
}
