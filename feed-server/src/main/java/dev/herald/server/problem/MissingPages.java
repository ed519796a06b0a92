package dev.herald.server.problem;

import dev.herald.core.model.SiteSettings;
import dev.herald.core.site.PageRenderer;
import dev.herald.server.config.ServerSite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a browser is shown for an address of the site with no page (404) or an expired article
 * (410): an HTML page leading back to the site's lists, where programs get the problem as JSON.
 * A site's own {@code 404.html} (in its static folder, as static hosts use it) is shown for a 404.
 */
@ApplicationScoped
public class MissingPages {

    private static final String HTML = "text/html; charset=utf-8";
    private static final MediaType XHTML = MediaType.APPLICATION_XHTML_XML_TYPE;
    /** Paths whose answers are for programs, whatever they accept. */
    private static final Set<String> PROGRAM_PATHS = Set.of("api", "q", "websub");

    private final byte[] notFound;
    private final byte[] withdrawn;
    private final Path ownNotFound;

    public MissingPages(SiteSettings site, ServerSite server) {
        PageRenderer renderer = new PageRenderer(site);
        this.notFound = renderer.notFound().getBytes(StandardCharsets.UTF_8);
        this.withdrawn = renderer.withdrawn().getBytes(StandardCharsets.UTF_8);
        this.ownNotFound = server.staticFolder().map(folder -> folder.resolve("404.html")).orElse(null);
    }

    /**
     * The page for a 404 or 410 answer to a browser's GET or HEAD of a path outside the API, empty
     * when the client is a program (it asks for JSON, any type, or nothing in particular).
     *
     * @param path the request's path, with or without its leading slash
     */
    public Optional<Response> forBrowser(int status, String method, String path, HttpHeaders headers) {
        if (!mayBePage(status, path) || !(method.equals("GET") || method.equals("HEAD")) || !prefersHtml(headers)) {
            return Optional.empty();
        }
        byte[] page = status == 410 ? withdrawn : ownNotFoundPage().orElse(notFound);
        return Optional.of(Response.status(status).type(HTML).header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .entity(page).build());
    }

    /** Whether a 404 or 410 of this path could be answered with a page, so its answers vary by {@code Accept}. */
    public static boolean mayBePage(int status, String path) {
        return (status == 404 || status == 410) && !PROGRAM_PATHS.contains(firstSegment(path));
    }

    // the most wanted type that is HTML or JSON decides; "*/*" before either is a program's, and so
    // is an Accept header that is no list of media types ("garbage")
    static boolean prefersHtml(HttpHeaders headers) {
        List<MediaType> acceptable;
        try {
            acceptable = headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException | WebApplicationException e) {
            return false; // a type that does not parse, a weight that is no number ("q=x")
        }
        for (MediaType type : acceptable) {
            if (isRefused(type)) {
                continue;
            }
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isWildcardSubtype()) {
                continue;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) || type.isCompatible(XHTML)) {
                return true;
            }
            if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
                return false;
            }
        }
        return false;
    }

    // "text/html;q=0" says: anything but HTML
    private static boolean isRefused(MediaType type) {
        try {
            return Double.parseDouble(type.getParameters().getOrDefault("q", "1")) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    // read at each request, as the static folder's files are; only a file inside the folder
    private Optional<byte[]> ownNotFoundPage() {
        if (ownNotFound == null || !Files.isRegularFile(ownNotFound)) {
            return Optional.empty();
        }
        try {
            if (!ownNotFound.toRealPath().startsWith(ownNotFound.getParent().toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(ownNotFound));
        } catch (IOException e) {
            return Optional.empty(); // gone or unreadable meanwhile: Herald's page
        }
    }

    private static String firstSegment(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        int slash = relative.indexOf('/');
        return slash < 0 ? relative : relative.substring(0, slash);
    }
}
