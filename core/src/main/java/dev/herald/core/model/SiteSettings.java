package dev.herald.core.model;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings that apply to a whole site: feed metadata and defaults for articles.
 *
 * @param title         site title, never blank
 * @param description   site description, possibly empty
 * @param baseUrl       absolute base of every link and id, without a trailing slash
 * @param language      default BCP 47 language of articles
 * @param authors       default authors for articles that name none
 * @param tagVocabulary tags to suggest for wire copy, possibly empty
 */
public record SiteSettings(
        String title,
        String description,
        URI baseUrl,
        String language,
        List<Author> authors,
        List<Tag> tagVocabulary) {

    public static final URI DEFAULT_BASE_URL = URI.create("http://localhost:8080");

    private static final int MAX_PORT = 65535;

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Optional<String> problem = baseUrlProblem(baseUrl);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("baseUrl " + problem.get() + ", was " + baseUrl);
        }
        String text = baseUrl.toString();
        if (text.endsWith("/")) {
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
        authors = List.copyOf(authors);
        tagVocabulary = List.copyOf(tagVocabulary);
    }

    /** Whether a URL can be a site's base: absolute, http or https, with a host. */
    public static boolean isWebAddress(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return url.getHost() != null && (scheme.equals("http") || scheme.equals("https"));
    }

    /**
     * What keeps a URL from being a site's base, every link and id is made of: not an absolute http
     * or https URL; a query or fragment, which would land inside every link; a user name or password,
     * which every link would publish; a port out of range. Empty for a good base.
     */
    public static Optional<String> baseUrlProblem(URI url) {
        if (!isWebAddress(url)) {
            return Optional.of("must be an absolute http or https URL such as https://news.example.org");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            return Optional.of("must have no query or fragment (nothing after a ? or #): every link and id is made"
                    + " of it");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("must name no user or password: every link would publish it");
        }
        if (url.getPort() > MAX_PORT) {
            return Optional.of("has a port out of range (1 to 65535)");
        }
        return Optional.empty();
    }

    /** The defaults of DESIGN's configuration table: "Herald", no description, localhost, English. */
    public static SiteSettings defaults() {
        return new SiteSettings("Herald", "", DEFAULT_BASE_URL, "en", List.of(), List.of());
    }

    /** A copy with another base URL. */
    public SiteSettings withBaseUrl(URI newBaseUrl) {
        return new SiteSettings(title, description, newBaseUrl, language, authors, tagVocabulary);
    }

    /** A copy with another title. */
    public SiteSettings withTitle(String newTitle) {
        return new SiteSettings(newTitle, description, baseUrl, language, authors, tagVocabulary);
    }

    /** A copy with another description. */
    public SiteSettings withDescription(String newDescription) {
        return new SiteSettings(title, newDescription, baseUrl, language, authors, tagVocabulary);
    }

    /** A copy with another language (a BCP 47 tag). */
    public SiteSettings withLanguage(String newLanguage) {
        return new SiteSettings(title, description, baseUrl, newLanguage, authors, tagVocabulary);
    }

    /** An absolute URL for a site path such as {@code /feed.xml}. */
    public URI resolve(String path) {
        return URI.create(url(path));
    }

    /** The same URL as text, without parsing it again: pages and lists make thousands of them. */
    public String url(String path) {
        return baseUrl + path;
    }
}
