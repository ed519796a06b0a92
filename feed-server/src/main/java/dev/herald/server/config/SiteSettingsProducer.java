package dev.herald.server.config;

import dev.herald.core.model.SiteSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The site, made from the configuration and the content folder's settings file once. */
@ApplicationScoped
public class SiteSettingsProducer {

    // records cannot be proxied, so they are singletons rather than application-scoped
    @Produces
    @Singleton
    ServerSite serverSite(HeraldConfig config) {
        return ServerSite.of(config);
    }

    @Produces
    @Singleton
    SiteSettings siteSettings(ServerSite site) {
        return site.settings();
    }
}
