package dev.herald.server.config;

import dev.herald.core.io.StaticFiles;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.problem.Problem;
import dev.herald.core.problem.Problems;
import dev.herald.core.site.SiteConfig;
import dev.herald.core.text.LanguageTags;
import io.quarkus.runtime.configuration.ConfigurationException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The site the server publishes: its settings and the folder of its own files. A content folder
 * with a {@code herald.yaml} gives them as {@code herald build} takes them from the same folder
 * (title, description, language, authors, the tag vocabulary of wire copy, {@code static}), so
 * one folder makes the same articles either way; the server's own configuration
 * ({@code HERALD_SITE_*}, {@code HERALD_STATIC_DIR}) overrides it, as the build's options do. The
 * base URL is always {@code HERALD_BASE_URL}'s: the address this server answers at.
 *
 * @param settings the settings feeds and pages show, and the reader of articles uses
 * @param staticFolder the site's own files, served at the site root; empty when there are none
 */
public record ServerSite(SiteSettings settings, Optional<Path> staticFolder) {

    private static final Logger LOG = Logger.getLogger(ServerSite.class);

    /** The configuration over the content folder's settings file, read once; its problems are logged. */
    public static ServerSite of(HeraldConfig config) {
        SiteSettings.baseUrlProblem(config.baseUrl()).ifPresent(problem -> {
            // said in one line, as Quarkus says a configuration problem: no stack trace
            throw new ConfigurationException("HERALD_BASE_URL " + problem + ", was \"" + config.baseUrl() + "\"");
        });
        Optional<SiteConfig.Loaded> loaded = config.contentDir().map(dir -> Path.of(dir).resolve(SiteConfig.FILE_NAME))
                .filter(Files::isRegularFile).map(ServerSite::read);
        SiteSettings fromFile = loaded.map(SiteConfig.Loaded::settings).orElseGet(SiteSettings::defaults);
        HeraldConfig.Site site = config.site();
        SiteSettings settings = new SiteSettings(
                site.title().orElse(fromFile.title()),
                site.description().orElse(fromFile.description()),
                config.baseUrl(),
                site.language().map(ServerSite::language).orElse(fromFile.language()),
                fromFile.authors(),
                fromFile.tagVocabulary());
        URI fileBaseUrl = fromFile.baseUrl();
        if (!fileBaseUrl.equals(SiteSettings.DEFAULT_BASE_URL) && !fileBaseUrl.equals(settings.baseUrl())) {
            // the ids of the items are made from the base URL's host: a reader subscribed to the
            // static build would see every article again as a new one
            LOG.warnf("Links and ids start with HERALD_BASE_URL, %s, not with the settings file's baseUrl, %s:"
                    + " readers of the site built from this folder would see its articles again as new ones;"
                    + " set HERALD_BASE_URL=%s to serve the same site", settings.baseUrl(), fileBaseUrl, fileBaseUrl);
        }
        Optional<Path> staticFolder = config.staticDir().map(Path::of)
                .or(() -> loaded.map(SiteConfig.Loaded::staticFolder))
                .or(() -> config.contentDir().map(dir -> Path.of(dir).resolve(StaticFiles.DEFAULT_FOLDER)));
        return new ServerSite(settings, staticFolder.filter(folder -> isApart(folder, config)));
    }

    // a page's lang and a feed's language must name a language: en_US or English is read as the tag
    // it stands for, with a warning; what names none stops the start in one line, as a bad base URL
    private static String language(String tag) {
        try {
            return LanguageTags.canonical(tag);
        } catch (IllegalArgumentException e) {
            String read = LanguageTags.lenient(tag)
                    .orElseThrow(() -> new ConfigurationException("HERALD_SITE_LANGUAGE " + e.getMessage()));
            LOG.warnf("HERALD_SITE_LANGUAGE %s; read as %s", e.getMessage(), read);
            return read;
        }
    }

    // served as they are, the root or a home folder, the content folder's articles or the database would
    // leak, drafts and embargoes too
    private static boolean isApart(Path staticFolder, HeraldConfig config) {
        Optional<String> why = StaticFiles.notPublishable(staticFolder)
                .or(() -> config.contentDir().flatMap(dir -> StaticFiles.notOwnFolder(staticFolder, Path.of(dir))));
        if (why.isEmpty() && StaticFiles.isOrHolds(staticFolder, Path.of(config.dataDir()))) {
            why = Optional.of(staticFolder.normalize() + " holds the database's folder, HERALD_DATA_DIR ("
                    + config.dataDir() + "): drafts and embargoed articles would be served with it; give the site's"
                    + " own files a folder of their own");
        }
        why.ifPresent(reason -> LOG.errorf("The site's own files are not served: %s", reason));
        return why.isEmpty();
    }

    // a key with a problem keeps its default, as in the build; the server starts all the same
    private static SiteConfig.Loaded read(Path file) {
        Problems problems = new Problems(file.toString());
        SiteConfig.Loaded loaded = SiteConfig.load(file, problems);
        for (Problem problem : problems.toList()) {
            if (problem.isError()) {
                LOG.errorf("%s (the setting is left at its default)", problem);
            } else {
                LOG.warn(problem.toString());
            }
        }
        LOG.infof("Site settings from %s", file);
        return loaded;
    }
}
