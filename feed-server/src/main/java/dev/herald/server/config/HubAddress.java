package dev.herald.server.config;

import dev.herald.core.model.SiteSettings;
import java.net.URI;
import java.util.Optional;

/** Which WebSub hub the feeds advertise: an outside one if configured, else the built-in one if on. */
public final class HubAddress {

    /** Where the built-in hub takes requests. */
    public static final String BUILT_IN_PATH = "/websub";

    private HubAddress() {
    }

    public static Optional<URI> advertised(HeraldConfig config, SiteSettings site) {
        if (config.websubHub().isPresent()) {
            return config.websubHub();
        }
        return isBuiltInOn(config) ? Optional.of(site.resolve(BUILT_IN_PATH)) : Optional.empty();
    }

    /** Whether the built-in hub takes subscriptions and distributes content. */
    public static boolean isBuiltInOn(HeraldConfig config) {
        return config.websubHub().isEmpty() && config.websub().enabled();
    }
}
