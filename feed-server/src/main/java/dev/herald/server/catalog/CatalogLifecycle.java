package dev.herald.server.catalog;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Starts the catalog: its index loads on a thread of its own beside the rest of start-up (a
 * second or two for 100,000 articles), and a server whose index cannot load stops, since it
 * would have nothing to serve.
 */
@ApplicationScoped
public class CatalogLifecycle {

    private static final Logger LOG = Logger.getLogger(CatalogLifecycle.class);

    private final ArticleCatalog catalog;

    public CatalogLifecycle(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    void start(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "herald-index-loader");
        loader.setDaemon(true);
        loader.start();
    }

    void stop(@Observes ShutdownEvent event) {
        catalog.stop();
    }

    private void load() {
        try {
            catalog.loadFirst();
        } catch (RuntimeException e) {
            LOG.errorf("Cannot load the articles' index, stopping: %s", e.getMessage());
            Quarkus.asyncExit(1);
        }
    }
}
