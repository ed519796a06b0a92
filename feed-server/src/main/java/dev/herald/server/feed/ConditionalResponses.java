package dev.herald.server.feed;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Answers as feed readers expect: ETag, Last-Modified, Cache-Control and Vary on every response,
 * and 304 with no body when the reader's copy is current (If-None-Match first, else
 * If-Modified-Since, as RFC 9110 orders them).
 */
public final class ConditionalResponses {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private ConditionalResponses() {
    }

    /** 200 with the document, or 304; {@code selfUrl} goes into a {@code Link} header when not null. */
    public static Response respond(RenderedDocument document, HttpHeaders headers, int maxAgeSeconds, String selfUrl) {
        return respond(document, headers, maxAgeSeconds, selfUrl, null);
    }

    /** As {@link #respond(RenderedDocument, HttpHeaders, int, String)}, with the WebSub hub (or null) linked too. */
    public static Response respond(RenderedDocument document, HttpHeaders headers, int maxAgeSeconds, String selfUrl,
            String hubUrl) {
        Instant lastModified = document.lastModified().truncatedTo(ChronoUnit.SECONDS);
        Response.ResponseBuilder response;
        if (notModified(document, lastModified, headers)) {
            response = Response.notModified();
        } else if (acceptsGzip(headers)) {
            // the bytes were compressed once when rendered; an encoded response is left alone by the server
            response = Response.ok(document.gzipped(), document.contentType()).header("Content-Encoding", "gzip");
        } else {
            response = Response.ok(document.bytes(), document.contentType());
        }
        response.header(HttpHeaders.ETAG, document.etag())
                .header(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(lastModified))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (selfUrl != null) {
            response.header("Link", "<" + selfUrl + ">; rel=\"self\"");
        }
        if (hubUrl != null) {
            response.header("Link", "<" + hubUrl + ">; rel=\"hub\"");
        }
        return response.build();
    }

    private static boolean acceptsGzip(HttpHeaders headers) {
        String accepted = headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
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

    private static boolean notModified(RenderedDocument document, Instant lastModified, HttpHeaders headers) {
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
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
        String ifModifiedSince = headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            return !lastModified.isAfter(Instant.from(HTTP_DATE.parse(ifModifiedSince.strip())));
        } catch (DateTimeParseException e) {
            // an unreadable date is ignored, as RFC 9110 says
            return false;
        }
    }
}
