package dev.herald.core.feed;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A feed reader going back through a feed's history as RFC 5005 tells it to: from the feed it
 * subscribed to, along {@code prev-archive} (RSS through {@code atom:link}; JSON Feed through
 * {@code next_url}) or, for a paged feed, {@code next}, until no link is left. It reads the
 * documents as any reader would, with a general XML parser and a JSON parser, not with Herald's
 * code. Shared with the server's tests through the test-jar.
 */
public final class FeedHistoryWalker {

    /** Fetches a document by its absolute URL (from files or over HTTP). */
    @FunctionalInterface
    public interface Fetcher {
        String fetch(String url) throws IOException, InterruptedException;
    }

    /** One document on the walk: its URL, the ids of its entries in order, whether it is an archive. */
    public record Visited(String url, List<String> ids, boolean archive) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DOCUMENTS = 100_000;

    private FeedHistoryWalker() {
    }

    /** Every document from {@code start} following {@code rel} ("prev-archive" or "next"), in order. */
    public static List<Visited> walk(String start, String rel, Fetcher fetcher) throws IOException, InterruptedException {
        List<Visited> visited = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String url = start;
        while (url != null) {
            assertTrue(seen.add(url), "the walk came back to " + url);
            if (visited.size() == MAX_DOCUMENTS) {
                fail("more than " + MAX_DOCUMENTS + " documents from " + start);
            }
            String body = fetcher.fetch(url);
            String next;
            if (body.stripLeading().startsWith("{")) {
                JsonNode feed = JSON.readTree(body);
                List<String> ids = new ArrayList<>();
                feed.path("items").forEach(item -> ids.add(item.path("id").asText()));
                JsonNode relations = feed.path("_rfc5005");
                visited.add(new Visited(url, ids, relations.path("archive").asBoolean(false)));
                next = rel.equals("prev-archive") || rel.equals("next") ? text(feed.path("next_url")) : text(relations.path(rel));
            } else {
                Document feed = Jsoup.parse(body, url, Parser.xmlParser());
                List<String> ids = new ArrayList<>();
                for (Element entry : feed.select("entry > id, item > guid")) {
                    ids.add(entry.text());
                }
                boolean archive = !feed.getElementsByTag("fh:archive").isEmpty();
                visited.add(new Visited(url, ids, archive));
                Element link = feed.selectFirst("feed > link[rel=" + rel + "], channel > atom|link[rel=" + rel + "]");
                next = link == null ? null : link.attr("href");
            }
            url = next;
        }
        return visited;
    }

    /** The ids of every entry on the walk, in the order met. */
    public static List<String> ids(List<Visited> walk) {
        return walk.stream().flatMap(visited -> visited.ids().stream()).toList();
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
