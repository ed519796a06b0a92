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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    /** Each file's modification time and size at the last look, to read only what changed. */
    private Map<Path, String> lastSignatures = Map.of();
    private ScheduledExecutorService timer;

    public ContentFolderWatcher(HeraldConfig config, SiteSettings site, ArticleCatalog catalog) {
        this.config = config;
        this.catalog = catalog;
        this.reader = new ArticleReader(site, null);
    }

    // the catalog holds the first batch until its index has loaded (start-up waits for the folder)
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
            timer.scheduleWithFixedDelay(() -> syncOnTimer(folder), PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void syncOnTimer(Path folder) {
        try {
            sync(folder);
        } catch (RuntimeException e) {
            // the next look tries again; a failed look must not end the timer
            LOG.error("cannot read the content folder " + folder, e);
        }
    }

    /**
     * Reads the files that are new or changed since the last look and stores what changed, in
     * one batch; returns how many articles the folder has.
     */
    synchronized int sync(Path folder) {
        Map<Path, String> signatures = new HashMap<>();
        for (Path file : InputResolver.articleFiles(folder)) {
            signatures.put(file, signature(file));
        }
        List<Article> read = new ArrayList<>();
        Set<String> dropped = new HashSet<>();
        for (Map.Entry<Path, String> file : signatures.entrySet()) {
            if (!file.getValue().equals(lastSignatures.get(file.getKey()))) {
                readFile(file.getKey(), read, dropped);
            }
        }
        for (Path gone : Set.copyOf(idsByFile.keySet())) {
            if (!signatures.containsKey(gone)) {
                dropped.addAll(idsByFile.remove(gone));
            }
        }
        lastSignatures = signatures;
        Set<String> present = new HashSet<>();
        idsByFile.values().forEach(present::addAll);
        dropped.removeAll(present); // an article that moved to another file stays
        catalog.putAll(read);
        catalog.deleteAll(dropped);
        return present.size();
    }

    /** Adds the file's articles to {@code read} and the ids it no longer has to {@code dropped}. */
    private void readFile(Path file, List<Article> read, Set<String> dropped) {
        ReadResult result = reader.read(file);
        result.problems().forEach(ContentFolderWatcher::log);
        if (result.hasErrors() && idsByFile.containsKey(file)) {
            return; // broken now: its articles stay as they were until it reads again
        }
        List<String> ids = result.articleList().stream().map(Article::id).toList();
        for (String id : idsByFile.getOrDefault(file, List.of())) {
            if (!ids.contains(id)) {
                dropped.add(id);
            }
        }
        read.addAll(result.articleList());
        idsByFile.put(file, ids);
    }

    private static void log(Problem problem) {
        if (problem.isError()) {
            LOG.error(problem.toString());
        } else {
            LOG.warn(problem.toString());
        }
    }

    /** Modification time and size of the file and of its wire-copy sidecar, if any. */
    private static String signature(Path file) {
        return stat(file) + " " + stat(ArticleReader.sidecarOf(file));
    }

    private static String stat(Path file) {
        try {
            return Files.getLastModifiedTime(file) + "/" + Files.size(file);
        } catch (IOException e) {
            return "absent"; // gone, or never there: either way a change the next look notices
        }
    }
}
