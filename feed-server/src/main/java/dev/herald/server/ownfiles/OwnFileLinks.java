package dev.herald.server.ownfiles;

import dev.herald.core.io.StaticFiles;
import dev.herald.core.site.SitePaths;
import dev.herald.server.config.ServerSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Whether a site-relative URL of an article ({@code /images/x.jpg}) names something the server
 * serves: a page or feed of its own, or a file of the static folder as it is now.
 */
public final class OwnFileLinks implements Predicate<String> {

    private final Path root;

    private OwnFileLinks(Path root) {
        this.root = root;
    }

    /** The links of the site's static folder (none when there is no such folder). */
    public static OwnFileLinks of(ServerSite site) {
        return new OwnFileLinks(site.staticFolder().map(path -> path.toAbsolutePath().normalize()).orElse(null));
    }

    @Override
    public boolean test(String url) {
        return StaticFiles.decodedPath(url).filter(path -> SitePaths.isGenerated(path) || isFile(path)).isPresent();
    }

    /** Whether the path lies in the static folder, whose files are no articles. */
    public boolean holds(Path path) {
        return root != null && path.toAbsolutePath().normalize().startsWith(root);
    }

    private boolean isFile(String path) {
        if (root == null) {
            return false;
        }
        Path file = root.resolve(path.substring(1)).normalize();
        return file.startsWith(root) && Files.isRegularFile(file);
    }
}
