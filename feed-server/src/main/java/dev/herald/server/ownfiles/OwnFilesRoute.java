package dev.herald.server.ownfiles;

import dev.herald.core.io.StaticFiles;
import dev.herald.core.site.SitePaths;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.config.ServerSite;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
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
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Serves the site's own files (the static folder: {@code static/images/x.jpg} at {@code
 * /images/x.jpg}) with Vert.x's static handler: {@code ETag}, {@code Last-Modified}, 304,
 * {@code Range} and the type of each file, read from the disk at every request so an edited file
 * is served at once. Only a regular file inside the folder is served: a path that climbs out
 * ({@code ..}, {@code %2e%2e}), an encoded slash, a hidden file or a link leading out of the
 * folder goes on to the rest of the server, which answers 404. Herald's own URL space (feeds,
 * pages) always comes first.
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
        if (file == null) {
            context.next();
            return;
        }
        // Vert.x's handler validates by date alone: the ETag is the file's size and time, a 304 when it matches
        String etag = etag(file);
        HttpServerResponse response = context.response();
        if (etag != null) {
            response.putHeader(HttpHeaders.ETAG, etag);
            String asked = context.request().getHeader(HttpHeaders.IF_NONE_MATCH);
            if (asked != null && (asked.strip().equals("*") || List.of(asked.split(",")).stream()
                    .map(tag -> tag.strip().replaceFirst("^W/", "")).anyMatch(etag::equals))) {
                response.putHeader(HttpHeaders.CACHE_CONTROL, cacheControl).setStatusCode(304).end();
                return;
            }
        }
        // a file of the folder may change at any time: not "immutable", as the handler would say
        context.addHeadersEndHandler(done -> response.headers().set(HttpHeaders.CACHE_CONTROL, cacheControl));
        files.handle(context);
    }

    private static String etag(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return "\"" + Long.toHexString(attributes.size()) + "-"
                    + Long.toHexString(attributes.lastModifiedTime().toMillis()) + "\"";
        } catch (IOException e) {
            return null; // gone meanwhile: the static handler answers 404
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
