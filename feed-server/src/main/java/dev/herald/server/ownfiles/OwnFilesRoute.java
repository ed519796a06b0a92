package dev.herald.server.ownfiles;

import dev.herald.core.io.StaticFiles;
import dev.herald.core.site.SitePaths;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.config.ServerSite;
import dev.herald.server.feed.ConditionalResponses;
import dev.herald.server.problem.ProblemDetail;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.MimeMapping;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Serves the site's own files (the static folder: {@code static/images/x.jpg} at {@code
 * /images/x.jpg}) with Vert.x's static handler: the type of each file, read from the disk at every
 * request so an edited file is served at once, and {@code Range}. Its validators ({@code ETag}
 * from size and time, {@code Last-Modified}) are weighed here, in RFC 9110's order as for feeds
 * (412, 304), and the range as {@link ByteRanges} has it. Only a regular file inside the folder
 * is served: a path that climbs out ({@code ..}, {@code %2e%2e}), an encoded slash, a hidden file
 * or a link leading out of the folder goes on to the rest of the server, which answers 404.
 * Herald's own URL space (feeds, pages) always comes first.
 */
@ApplicationScoped
public class OwnFilesRoute {

    private static final Logger LOG = Logger.getLogger(OwnFilesRoute.class);

    private final Path root;
    private final Path realRoot;
    private final StaticHandler files;
    private final String cacheControl;

    public OwnFilesRoute(HeraldConfig config, ServerSite site) {
        this.root = site.staticFolder().map(path -> path.toAbsolutePath().normalize()).filter(Files::isDirectory)
                .orElse(null);
        this.realRoot = root == null ? null : realPath(root);
        this.cacheControl = "public, max-age=" + config.cacheMaxAge();
        this.files = root == null ? null : StaticHandler.create(FileSystemAccess.ROOT, root.toString())
                .setFilesReadOnly(false)
                .setIncludeHidden(false)
                .setDirectoryListing(false)
                .setMaxAgeSeconds(config.cacheMaxAge());
    }

    void install(@Observes Router router) {
        if (root == null) {
            return;
        }
        LOG.infof("Serving the site's own files from %s", root);
        // after the cached feeds, before the REST layer
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 1).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(this::serve);
    }

    private void serve(RoutingContext context) {
        String path = context.normalizedPath();
        // Vert.x's normalized path keeps escapes such as %20 and %C3%BC, which the file's name has not
        Path file = SitePaths.isGenerated(path) ? null
                : StaticFiles.decodedPath(path).map(decoded -> ownFile(context.request().path(), decoded)).orElse(null);
        BasicFileAttributes attributes = file == null ? null : attributes(file);
        if (attributes == null) {
            context.next();
            return;
        }
        // HTTP dates have whole seconds: a file written at 10:00:00.5 was not modified since 10:00:00
        Instant lastModified = attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        String etag = "\"" + Long.toHexString(attributes.size()) + "-"
                + Long.toHexString(attributes.lastModifiedTime().toMillis()) + "\"";
        HttpServerResponse response = context.response().putHeader(HttpHeaders.ETAG, etag);
        ConditionalResponses.Answer answer = ConditionalResponses.preconditions(context.request()::getHeader,
                lastModified, etag);
        if (answer == ConditionalResponses.Answer.PRECONDITION_FAILED) {
            response.setStatusCode(412).putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                    .end(Json.encode(ConditionalResponses.preconditionFailed()));
            return;
        }
        response.putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (answer == ConditionalResponses.Answer.NOT_MODIFIED) {
            response.setStatusCode(304).end();
            return;
        }
        handOn(context, file, attributes.size(), etag, lastModified);
    }

    // to the static handler, with the range it is to answer and the headers it gets wrong put right
    private void handOn(RoutingContext context, Path file, long size, String etag, Instant lastModified) {
        MultiMap asked = context.request().headers();
        HttpServerResponse response = context.response();
        String range = ByteRanges.handedOn(asked.get(HttpHeaderNames.RANGE), asked.get(HttpHeaderNames.IF_RANGE), etag,
                lastModified, size);
        if (ByteRanges.UNSATISFIABLE.equals(range)) {
            response.setStatusCode(416).putHeader(HttpHeaderNames.CONTENT_RANGE, "bytes */" + size).end();
            return;
        }
        // the preconditions are weighed already, in RFC 9110's order; the handler would weigh the dates again, alone
        asked.remove(HttpHeaders.IF_NONE_MATCH).remove(HttpHeaders.IF_MODIFIED_SINCE).remove(HttpHeaderNames.IF_RANGE);
        if (range == null) {
            asked.remove(HttpHeaderNames.RANGE);
        } else {
            asked.set(HttpHeaderNames.RANGE, range);
        }
        // a file of the folder may change at any time: not "immutable", as the handler would say; and
        // dates in IMF-fixdate, with two digits for the day, where the handler writes one
        String modified = ConditionalResponses.HTTP_DATE.format(lastModified);
        String now = response.headers().get(HttpHeaders.DATE); // the one every answer gets (ResponseHeaders)
        String type = contentType(file);
        context.addHeadersEndHandler(done -> {
            response.headers().set(HttpHeaders.CACHE_CONTROL, cacheControl).set(HttpHeaders.LAST_MODIFIED, modified);
            // the handler names the type for a GET only; a HEAD must be told the same
            int status = response.getStatusCode();
            boolean sent = status == 200 || status == 206;
            if (type != null && sent && !response.headers().contains(HttpHeaders.CONTENT_TYPE)) {
                response.headers().set(HttpHeaders.CONTENT_TYPE, type);
            }
            if (now != null) {
                response.headers().set(HttpHeaders.DATE, now);
            }
        });
        files.handle(context);
    }

    // the type Vert.x's handler sends with a GET: by the file's extension, text in UTF-8
    private static String contentType(Path file) {
        String type = MimeMapping.getMimeTypeForFilename(file.getFileName().toString());
        return type != null && type.startsWith("text") ? type + ";charset=UTF-8" : type;
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // gone meanwhile: the rest of the server answers 404
        }
    }

    // the raw path may not hide a separator or a climb; the decoded one must name a regular file inside
    private Path ownFile(String rawPath, String decodedPath) {
        String raw = rawPath.toLowerCase(Locale.ROOT);
        if (raw.contains("%2f") || raw.contains("%5c") || raw.contains("\\") || raw.contains("%2e") || raw.contains("%00")) {
            return null;
        }
        for (String segment : decodedPath.split("/")) {
            if (segment.equals("..") || segment.startsWith(".")) {
                return null;
            }
        }
        Path file = root.resolve(decodedPath.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file) || !realPath(file).startsWith(realRoot)) {
            return null;
        }
        return file;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path; // gone meanwhile: the static handler answers for it
        }
    }
}
