package dev.herald.server.feed;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers as feed readers expect: ETag, Last-Modified, Cache-Control and Vary on every response,
 * and 304 with no body when the reader's copy is current (If-None-Match first, else
 * If-Modified-Since, as RFC 9110 orders them). Shared by the REST resources and
 * {@link CachedFeedRoute}, so both answer alike.
 */
public final class ConditionalResponses {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** What a GET or HEAD of a document gets. */
    public enum Answer { NOT_MODIFIED, GZIP, PLAIN }

    private ConditionalResponses() {
    }

    /**
     * The headers of every answer for the document, 200 or 304, in the order sent;
     * {@code selfUrl} and {@code hubUrl} become {@code Link} headers when not null.
     */
    public static List<Map.Entry<String, String>> headers(RenderedDocument document, int maxAgeSeconds,
            String selfUrl, String hubUrl) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(6);
        headers.add(Map.entry(HttpHeaders.ETAG, document.etag()));
        headers.add(Map.entry(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(document.lastModified())));
        headers.add(Map.entry(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds));
        headers.add(Map.entry(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING));
        if (selfUrl != null) {
            headers.add(Map.entry("Link", "<" + selfUrl + ">; rel=\"self\""));
        }
        if (hubUrl != null) {
            headers.add(Map.entry("Link", "<" + hubUrl + ">; rel=\"hub\""));
        }
        return List.copyOf(headers);
    }

    /** The answer for a request with these header values (each may be null). */
    public static Answer answer(RenderedDocument document, String ifNoneMatch, String ifModifiedSince,
            String acceptEncoding) {
        if (notModified(document, ifNoneMatch, ifModifiedSince)) {
            return Answer.NOT_MODIFIED;
        }
        return acceptsGzip(acceptEncoding) ? Answer.GZIP : Answer.PLAIN;
    }

    /** 200 with the document, or 304, with {@code documentHeaders} from {@link #headers}. */
    public static Response respond(RenderedDocument document, List<Map.Entry<String, String>> documentHeaders,
            HttpHeaders request) {
        Response.ResponseBuilder response = switch (answer(document, request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE),
                request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            case NOT_MODIFIED -> Response.notModified();
            // compressed once when rendered; an encoded response is left alone by the server
            case GZIP -> Response.ok(document.gzippedBody(), document.contentType()).header("Content-Encoding", "gzip");
            case PLAIN -> Response.ok(document.body(), document.contentType());
        };
        documentHeaders.forEach(header -> response.header(header.getKey(), header.getValue()));
        return response.build();
    }

    /** As {@link #respond(RenderedDocument, List, HttpHeaders)} for a document with no links. */
    public static Response respond(RenderedDocument document, HttpHeaders request, int maxAgeSeconds) {
        return respond(document, headers(document, maxAgeSeconds, null, null), request);
    }

    private static boolean acceptsGzip(String accepted) {
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").equalsIgnoreCase("q=0");
            }
        }
        return false;
    }

    private static boolean notModified(RenderedDocument document, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                // a gzip-aware proxy may have marked our tag weak; the bytes behind it are the same
                if (candidate.equals("*") || candidate.equals(document.etag()) || candidate.equals("W/" + document.etag())) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            return !document.lastModified().isAfter(Instant.from(HTTP_DATE.parse(ifModifiedSince.strip())));
        } catch (DateTimeParseException e) {
            // an unreadable date is ignored, as RFC 9110 says
            return false;
        }
    }
}
