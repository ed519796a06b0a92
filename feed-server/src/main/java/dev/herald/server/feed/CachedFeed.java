package dev.herald.server.feed;

import io.vertx.core.http.HttpHeaders;
import java.util.List;
import java.util.Map;

/**
 * A rendered feed and the headers every answer for it carries, kept until the next write. The
 * headers are also held as ready-encoded ASCII strings for {@link CachedFeedRoute}, which adds
 * them to each answer without encoding them again.
 */
public final class CachedFeed {

    private final RenderedDocument document;
    private final List<Map.Entry<String, String>> headers;
    private final List<Map.Entry<CharSequence, CharSequence>> encodedHeaders;
    private final CharSequence encodedContentType;
    private final CharSequence encodedEtag;
    private final CharSequence encodedGzipEtag;

    public CachedFeed(RenderedDocument document, List<Map.Entry<String, String>> headers) {
        this.document = document;
        this.headers = List.copyOf(headers);
        // URLs in Link headers are ASCII (IRIs are percent-encoded before they get here)
        this.encodedHeaders = headers.stream()
                .<Map.Entry<CharSequence, CharSequence>>map(header -> Map.entry(
                        HttpHeaders.createOptimized(header.getKey()), HttpHeaders.createOptimized(header.getValue())))
                .toList();
        this.encodedContentType = HttpHeaders.createOptimized(document.contentType());
        this.encodedEtag = HttpHeaders.createOptimized(document.etag());
        this.encodedGzipEtag = HttpHeaders.createOptimized(document.gzipEtag());
    }

    public RenderedDocument document() {
        return document;
    }

    /** The headers of every answer, the ETag aside. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The same headers, encoded once for Vert.x. */
    List<Map.Entry<CharSequence, CharSequence>> encodedHeaders() {
        return encodedHeaders;
    }

    CharSequence encodedContentType() {
        return encodedContentType;
    }

    /** The ETag of the representation sent: the gzip's or the plain bytes'. */
    CharSequence encodedEtag(boolean gzip) {
        return gzip ? encodedGzipEtag : encodedEtag;
    }
}
