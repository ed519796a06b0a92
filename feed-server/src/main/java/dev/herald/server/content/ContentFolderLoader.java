package dev.herald.server.content;

import dev.herald.core.io.InputResolver;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.ReadResult;
import dev.herald.core.read.SourcedArticle;
import dev.herald.core.read.UniqueIds;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.store.ArticleCatalog;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * With {@code HERALD_CONTENT_DIR}, stores that folder's article files at start (creating or
 * replacing by id). A broken file is logged with its problems and changes nothing.
 */
@ApplicationScoped
public class ContentFolderLoader {

    private static final Logger LOG = Logger.getLogger(ContentFolderLoader.class);

    private final HeraldConfig config;
    private final SiteSettings site;
    private final ArticleCatalog catalog;

    public ContentFolderLoader(HeraldConfig config, SiteSettings site, ArticleCatalog catalog) {
        this.config = config;
        this.site = site;
        this.catalog = catalog;
    }

    // after the catalog has loaded the store (its observer has the default priority)
    void load(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        config.contentDir().map(Path::of).ifPresent(this::load);
    }

    /** Stores every valid article of the folder; returns how many. */
    public int load(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.errorf("HERALD_CONTENT_DIR %s is not a folder; no content loaded", folder);
            return 0;
        }
        ArticleReader reader = new ArticleReader(site, null);
        List<SourcedArticle> articles = new ArrayList<>();
        List<dev.herald.core.problem.Problem> problems = new ArrayList<>();
        for (Path file : InputResolver.articleFiles(folder)) {
            ReadResult result = reader.read(file);
            articles.addAll(result.articles());
            problems.addAll(result.problems());
        }
        ReadResult checked = UniqueIds.check(new ReadResult(articles, problems));
        checked.problems().forEach(problem -> LOG.warn(problem.toString()));
        checked.articleList().forEach(catalog::put);
        LOG.infof("loaded %d articles from %s", checked.articles().size(), folder);
        return checked.articles().size();
    }
}
