package dev.herald.server.config;

import dev.herald.core.model.SiteSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** Core's site settings, made from the configuration once. */
@ApplicationScoped
public class SiteSettingsProducer {

    // a record cannot be proxied, so the settings are a singleton rather than application-scoped
    @Produces
    @Singleton
    SiteSettings siteSettings(HeraldConfig config) {
        return new SiteSettings(config.site().title(), config.site().description().orElse(""), config.baseUrl(),
                config.site().language(), List.of(), List.of());
    }
}
