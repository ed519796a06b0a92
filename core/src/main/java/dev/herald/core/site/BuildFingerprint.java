package dev.herald.core.site;

import dev.herald.core.feed.Generator;
import dev.herald.core.io.StaticFiles;
import dev.herald.core.model.SiteSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What shapes every file of a built site besides its articles, part by part, so a build state
 * made under other parts is not used and the build can say which part changed.
 */
public final class BuildFingerprint {

    private BuildFingerprint() {
    }

    /**
     * The parts: Herald's build (its code and templates), the site settings, the limit, the
     * command's options that change what is read or shown, and the list of the site's own files
     * (whether a site-relative link names one is checked when an article is read).
     *
     * @param options the options as text, e.g. {@code --drafts --future}
     */
    public static Map<String, String> of(SiteSettings site, StaticFiles own, int limit, String options) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("Herald", heraldBuild());
        parts.put("the settings", site.toString());
        parts.put("--limit", Integer.toString(limit));
        parts.put("the options", options);
        parts.put("the list of the site's own files", own.folder().map(Path::toString).orElse("") + own.files().keySet());
        return parts;
    }

    /**
     * Herald's version and the jar (or class folder) its code and templates came from, by path,
     * size and time: another build of Herald may write other bytes.
     */
    public static String heraldBuild() {
        CodeSource source = Generator.class.getProtectionDomain().getCodeSource();
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Generator.VERSION + " " + location + " " + Files.size(location) + " "
                    + Files.getLastModifiedTime(location);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return "unknown " + System.nanoTime(); // no telling: every build is a full one
        }
    }
}
