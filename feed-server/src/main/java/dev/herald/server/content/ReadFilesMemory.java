package dev.herald.server.content;

import dev.herald.core.site.BuildFingerprint;
import dev.herald.server.config.ServerSite;
import dev.herald.server.content.ContentFolderScan.Signature;
import dev.herald.server.content.ContentFolderScan.Stamp;
import dev.herald.server.store.ContentFileStore;
import dev.herald.server.store.ContentFileStore.ReadFile;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The content folder's files as last read, in the store: a restart reads again only what changed
 * while the server was down (and drops the articles of files deleted meanwhile). Files read by
 * another build of Herald, or with other site settings or another static folder, are all read
 * again.
 */
final class ReadFilesMemory {

    private final ContentFileStore store;
    private final Path folder;
    private final String reading;

    ReadFilesMemory(ContentFileStore store, Path folder, ServerSite site) {
        this.store = store;
        this.folder = folder;
        // the settings and the static folder, whichever of the configuration and herald.yaml gave them
        this.reading = fingerprint(BuildFingerprint.heraldBuild() + "\n" + site);
    }

    /** Fills in each remembered file's signature and ids. */
    void recall(Map<Path, Signature> signatures, Map<Path, List<String>> idsByFile) {
        for (ReadFile file : store.load(reading).values()) {
            Path path = folder.resolve(file.path().replace('/', File.separatorChar));
            signatures.put(path, new Signature(stamp(file.size(), file.modified()),
                    stamp(file.sidecarSize(), file.sidecarModified())));
            idsByFile.put(path, List.copyOf(file.ids()));
        }
    }

    /** Keeps these files as read now (their signatures and ids) and forgets the gone ones. */
    void remember(Map<Path, Signature> read, Map<Path, List<String>> idsByFile, Collection<Path> gone) {
        List<ReadFile> files = new ArrayList<>(read.size());
        read.forEach((path, signature) -> files.add(new ReadFile(relative(path), signature.file().size(),
                nanos(signature.file()), signature.sidecar().size(), nanos(signature.sidecar()),
                idsByFile.getOrDefault(path, List.of()))));
        store.remember(files, gone.stream().map(this::relative).toList(), reading);
    }

    private String relative(Path path) {
        return folder.relativize(path).toString().replace(File.separatorChar, '/');
    }

    private static long nanos(Stamp stamp) {
        return stamp.modified().to(TimeUnit.NANOSECONDS);
    }

    private static Stamp stamp(long size, long nanos) {
        return size < 0 ? Stamp.ABSENT : new Stamp(size, FileTime.from(nanos, TimeUnit.NANOSECONDS));
    }

    private static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
