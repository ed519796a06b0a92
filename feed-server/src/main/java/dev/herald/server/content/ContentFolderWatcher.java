package dev.herald.server.content;

import dev.herald.core.io.InputResolver;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.problem.Problem;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.ReadResult;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.store.ArticleCatalog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * With {@code HERALD_CONTENT_DIR}, keeps the store in step with a folder of article files: loaded
 * at start, then checked every second, so a created, edited or deleted file changes the live
 * feeds within two seconds. A broken file is logged with its problems and changes nothing: its
 * articles stay as they were until it reads again.
 */
@ApplicationScoped
public class ContentFolderWatcher {

    private static final Logger LOG = Logger.getLogger(ContentFolderWatcher.class);
    private static final long PERIOD_MILLIS = 1_000;

    private final HeraldConfig config;
    private final ArticleCatalog catalog;
    private final ArticleReader reader;
    /** The ids each file gave when it last read without errors. */
    private final Map<Path, List<String>> idsByFile = new HashMap<>();
    /** Modification time and size of every file at the last look, to notice changes cheaply. */
    private Map<Path, String> lastSnapshot = Map.of();
    private ScheduledExecutorService timer;

    public ContentFolderWatcher(HeraldConfig config, SiteSettings site, ArticleCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
        this.reader = new ArticleReader(site, null);
    }

    // after the catalog has loaded the store, whose observer has the default priority
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        config.contentDir().map(Path::of).ifPresent(folder -> {
            if (!Files.isDirectory(folder)) {
                LOG.errorf("HERALD_CONTENT_DIR %s is not a folder; no content loaded", folder);
                return;
            }
            sync(folder);
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "herald-content-watcher");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleWithFixedDelay(() -> syncIfChanged(folder), PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void syncIfChanged(Path folder) {
        try {
            if (!snapshot(folder).equals(lastSnapshot)) {
                sync(folder);
            }
        } catch (RuntimeException e) {
            // the next look tries again; a failed look must not end the timer
            LOG.error("cannot read the content folder " + folder, e);
        }
    }

    /** Reads the whole folder and stores what changed; returns how many articles the folder has. */
    synchronized int sync(Path folder) {
        lastSnapshot = snapshot(folder);
        List<Path> files = InputResolver.articleFiles(folder);
        Set<String> stillThere = new HashSet<>();
        for (Path file : files) {
            ReadResult result = reader.read(file);
            result.problems().forEach(problem -> log(problem));
            if (result.hasErrors() && idsByFile.containsKey(file)) {
                stillThere.addAll(idsByFile.get(file));
                continue;
            }
            List<Article> articles = result.articleList();
            for (Article article : articles) {
                if (!Objects.equals(catalog.find(article.id()).orElse(null), article)) {
                    catalog.put(article);
                }
                stillThere.add(article.id());
            }
            idsByFile.put(file, articles.stream().map(Article::id).toList());
        }
        for (Map.Entry<Path, List<String>> entry : Map.copyOf(idsByFile).entrySet()) {
            if (!files.contains(entry.getKey())) {
                idsByFile.remove(entry.getKey());
            }
            for (String id : entry.getValue()) {
                if (!stillThere.contains(id)) {
                    catalog.delete(id);
                }
            }
        }
        return stillThere.size();
    }

    private static void log(Problem problem) {
        if (problem.isError()) {
            LOG.error(problem.toString());
        } else {
            LOG.warn(problem.toString());
        }
    }

    /** Every file below the folder, sidecars included, with its time and size. */
    private static Map<Path, String> snapshot(Path folder) {
        Map<Path, String> snapshot = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                snapshot.put(file, Files.getLastModifiedTime(file) + " " + Files.size(file));
            }
        } catch (IOException | UncheckedIOException e) {
            // a file went away while we looked: the next look sees the folder as it is then
            snapshot.put(folder, "changing");
        }
        return snapshot;
    }
}
