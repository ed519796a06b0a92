package dev.herald.server.feed;

import io.vertx.core.http.HttpHeaders;
import java.util.List;
import java.util.Map;

/**
 * A rendered feed and the headers every answer for it carries, kept until the next write. The
 * headers are also held as ready-encoded ASCII strings for {@link CachedFeedRoute}.
 */
public record CachedFeed(RenderedDocument document, List<Map.Entry<String, String>> headers,
        CharSequence[] encodedNames, CharSequence[] encodedValues, CharSequence encodedContentType,
        CharSequence encodedEtag, CharSequence encodedGzipEtag) {

    public CachedFeed(RenderedDocument document, List<Map.Entry<String, String>> headers) {
        this(document, headers, encode(headers, true), encode(headers, false),
                HttpHeaders.createOptimized(document.contentType()), HttpHeaders.createOptimized(document.etag()),
                HttpHeaders.createOptimized(document.gzipEtag()));
    }

    private static CharSequence[] encode(List<Map.Entry<String, String>> headers, boolean names) {
        // URLs in Link headers are ASCII (IRIs are percent-encoded before they get here)
        return headers.stream().map(header -> HttpHeaders.createOptimized(names ? header.getKey() : header.getValue()))
                .toArray(CharSequence[]::new);
    }
}
