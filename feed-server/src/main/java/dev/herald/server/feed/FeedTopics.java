package dev.herald.server.feed;

import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tagged;
import dev.herald.core.query.Slugs;
import dev.herald.core.query.TagQuery;
import dev.herald.core.site.FeedRequest;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The server's feeds as WebSub topics: a topic is the URL of a current feed, exactly as its self
 * link gives it (the main feed, a tag's, a filtered one; not a page of one, not an archive).
 */
@ApplicationScoped
public class FeedTopics {

    private final FeedService feeds;
    private final SiteSettings site;
    private final int defaultLimit;

    public FeedTopics(FeedService feeds, SiteSettings site, HeraldConfig config) {
        this.feeds = feeds;
        this.site = site;
        this.defaultLimit = config.feedLimit();
    }

    /** A topic the hub can take, with the query its feed selects by. */
    public record Topic(String url, FeedAddress address, TagQuery query) {

        /** Whether a change of {@code before} into {@code after} (either may be null) can change the feed. */
        public boolean isChangedBy(Tagged before, Tagged after) {
            return before != null && query.matches(before) || after != null && query.matches(after);
        }
    }

    /** The topic at {@code url}; otherwise why this server does not publish it. */
    public Topic parse(String url) throws NotATopic {
        String base = site.url("");
        if (!url.startsWith(base + "/")) {
            throw new NotATopic("it is not a URL of this server (" + base + "/…)");
        }
        String rest = url.substring(base.length());
        int question = rest.indexOf('?');
        String path = question < 0 ? rest : rest.substring(0, question);
        String rawQuery = question < 0 ? null : rest.substring(question + 1);
        FeedAddress address = FeedAddress.of(path, rawQuery)
                .orElseThrow(() -> new NotATopic("it is not the URL of a current feed (" + path + ")"));
        MultivaluedMap<String, String> params = decode(address.rawQuery());
        if (params.containsKey(FeedCursor.PARAMETER)) {
            throw new NotATopic("a page of a feed is no topic: subscribe to the feed without its cursor");
        }
        String pathTag = address.tag() == null ? null : TagPaths.slug(decodeOne(address.tag()))
                .orElseThrow(() -> new NotATopic("its path names no tag (a tag's slug has a letter or a digit)"));
        try {
            return new Topic(url, address, FeedParams.parse(params, pathTag, defaultLimit));
        } catch (ProblemException e) {
            String errors = e.toDetail().errors() == null ? e.getMessage() : e.toDetail().errors().stream()
                    .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; "));
            throw new NotATopic("its query is not valid: " + errors);
        }
    }

    /** The topic's feed as the server serves it now. */
    public CachedFeed current(Topic topic) {
        FeedAddress address = topic.address();
        String slug = address.tag() == null ? null : Slugs.tagSlug(decodeOne(address.tag()));
        FeedRequest request = FeedResource.current(address.format(), slug, topic.query().limit()).selecting(topic.query());
        return feeds.feed(request, address.path(), address.rawQuery(), null);
    }

    private static MultivaluedMap<String, String> decode(String rawQuery) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? "" : parameter.substring(equals + 1);
            params.add(decodeOne(name), decodeOne(value));
        }
        return params;
    }

    private static String decodeOne(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** A URL this server publishes no feed at, with the reason a hub's denial gives. */
    public static final class NotATopic extends Exception {

        public NotATopic(String reason) {
            super(reason);
        }
    }
}
