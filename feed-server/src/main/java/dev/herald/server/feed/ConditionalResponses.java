package dev.herald.server.feed;

import dev.herald.server.problem.ProblemDetail;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Answers as feed readers expect: ETag, Last-Modified, Cache-Control and Vary on every response
 * (and CORS's Access-Control-Allow-Origin, for readers that run in a web page),
 * and the preconditions of RFC 9110 section 13.2.2 in its order: If-Match (else
 * If-Unmodified-Since) failing gives 412; If-None-Match (else If-Modified-Since) matching gives
 * 304 with no body. The plain bytes and their gzip are two representations with two ETags; a
 * validator of either counts for If-None-Match, so a reader that changes its Accept-Encoding still
 * gets its 304. Shared by the REST resources and {@link CachedFeedRoute}, so both answer alike.
 */
public final class ConditionalResponses {

    /** RFC 9110's IMF-fixdate, always two digits for the day: {@code Wed, 02 Dec 2026 08:05:09 GMT}. */
    public static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    /** Dates as clients send them: the fixed form, or the older RFC 1123 variants. */
    private static final DateTimeFormatter HTTP_DATE_LENIENT = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** What a GET or HEAD of a document gets. */
    public enum Answer { PRECONDITION_FAILED, NOT_MODIFIED, GZIP, PLAIN }

    private ConditionalResponses() {
    }

    /**
     * The headers of every answer for the document, 200, 304 or 412, in the order sent, the ETag
     * aside (it depends on the representation); {@code selfUrl} and {@code hubUrl} become
     * {@code Link} headers when not null.
     */
    public static List<Map.Entry<String, String>> headers(RenderedDocument document, int maxAgeSeconds,
            String selfUrl, String hubUrl) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(8);
        headers.add(Map.entry(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(document.lastModified())));
        headers.add(Map.entry(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds));
        headers.add(Map.entry(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING));
        // a feed is public: a reader or a headline widget running in a page of another site may
        // read it, and its validators and links, as any feed reader does (no credentials go with it)
        headers.add(Map.entry("Access-Control-Allow-Origin", "*"));
        headers.add(Map.entry("Access-Control-Expose-Headers", "ETag, Link"));
        if (selfUrl != null) {
            headers.add(Map.entry("Link", "<" + selfUrl + ">; rel=\"self\""));
        }
        if (hubUrl != null) {
            headers.add(Map.entry("Link", "<" + hubUrl + ">; rel=\"hub\""));
        }
        return List.copyOf(headers);
    }

    /**
     * Whether the request's Accept-Encoding takes gzip (RFC 9110, section 12.5.3): named as
     * {@code gzip} or {@code x-gzip}, or else covered by {@code *}, with a weight above zero.
     */
    public static boolean wantsGzip(String accepted) {
        if (accepted == null) {
            return false;
        }
        boolean byWildcard = false;
        for (String coding : accepted.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                return weighedAboveZero(parts);
            }
            if (name.equals("*")) {
                byWildcard = weighedAboveZero(parts);
            }
        }
        return byWildcard;
    }

    // a coding's weight is its q parameter, 1 without one; an unreadable one takes the coding out
    private static boolean weighedAboveZero(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].replace(" ", "");
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2)) > 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The ETag of the representation sent: the gzip's or the plain bytes'. */
    public static String etag(RenderedDocument document, boolean gzip) {
        return gzip ? document.gzipEtag() : document.etag();
    }

    /** The answer for a request whose headers {@code header} gives by name (null when absent). */
    public static Answer answer(RenderedDocument document, UnaryOperator<String> header, boolean gzip) {
        Answer answer = preconditions(header, document.lastModified(), document.etag(), document.gzipEtag());
        return answer != null ? answer : gzip ? Answer.GZIP : Answer.PLAIN;
    }

    /**
     * RFC 9110's preconditions alone, for a representation of these validators (any of {@code etags}
     * names it): {@link Answer#PRECONDITION_FAILED}, {@link Answer#NOT_MODIFIED}, or null to send it.
     */
    public static Answer preconditions(UnaryOperator<String> header, Instant lastModified, String... etags) {
        String ifMatch = header.apply(HttpHeaders.IF_MATCH);
        if (ifMatch != null ? !matchesStrongly(ifMatch, etags)
                : modifiedSince(lastModified, header.apply(HttpHeaders.IF_UNMODIFIED_SINCE), false)) {
            return Answer.PRECONDITION_FAILED;
        }
        String ifNoneMatch = header.apply(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null ? matchesWeakly(ifNoneMatch, etags)
                : !modifiedSince(lastModified, header.apply(HttpHeaders.IF_MODIFIED_SINCE), true)) {
            return Answer.NOT_MODIFIED;
        }
        return null;
    }

    /** An HTTP date as clients send it (IMF-fixdate or the older RFC 1123 forms), or null when unreadable. */
    public static Instant parseDate(String date) {
        try {
            return Instant.from(HTTP_DATE_LENIENT.parse(date.strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** 200 with the document, 304 or 412, with {@code documentHeaders} from {@link #headers}. */
    public static Response respond(RenderedDocument document, List<Map.Entry<String, String>> documentHeaders,
            HttpHeaders request) {
        boolean gzip = wantsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        Response.ResponseBuilder response = switch (answer(document, request::getHeaderString, gzip)) {
            case PRECONDITION_FAILED -> Response.status(Response.Status.PRECONDITION_FAILED)
                    .entity(preconditionFailed()).type(ProblemDetail.MEDIA_TYPE);
            case NOT_MODIFIED -> Response.notModified();
            // compressed once when rendered; an encoded response is left alone by the server
            case GZIP -> Response.ok(document.gzippedBody(), document.contentType()).header("Content-Encoding", "gzip");
            case PLAIN -> Response.ok(document.body(), document.contentType());
        };
        response.header(HttpHeaders.ETAG, etag(document, gzip));
        documentHeaders.forEach(header -> response.header(header.getKey(), header.getValue()));
        return response.build();
    }

    /** As {@link #respond(RenderedDocument, List, HttpHeaders)} for a document with no links. */
    public static Response respond(RenderedDocument document, HttpHeaders request, int maxAgeSeconds) {
        return respond(document, headers(document, maxAgeSeconds, null, null), request);
    }

    /** The body of a 412. */
    public static ProblemDetail preconditionFailed() {
        return ProblemDetail.of(Response.Status.PRECONDITION_FAILED,
                "The document has changed: it no longer matches If-Match or If-Unmodified-Since.");
    }

    // If-Match compares strongly (RFC 9110 section 13.1.1): a weak tag never matches
    private static boolean matchesStrongly(String ifMatch, String... etags) {
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || Arrays.asList(etags).contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    // If-None-Match compares weakly: a gzip-aware proxy may have marked our tag weak
    private static boolean matchesWeakly(String ifNoneMatch, String... etags) {
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || Arrays.asList(etags).contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the document changed after the date; {@code ifAbsent} when there is no readable date. */
    private static boolean modifiedSince(Instant lastModified, String date, boolean ifAbsent) {
        Instant since = date == null ? null : parseDate(date);
        // an unreadable date is ignored, as RFC 9110 says
        return since == null ? ifAbsent : lastModified.isAfter(since);
    }
}
