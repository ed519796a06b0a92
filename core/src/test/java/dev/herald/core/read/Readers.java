package dev.herald.core.read;

import dev.herald.core.model.SiteSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Test helpers: read article text as if it were a file of the given name. */
final class Readers {

    static final Instant FILE_TIME = Instant.parse("2024-11-26T10:00:00Z");

    private Readers() {
    }

    /** Writes {@code text} to {@code folder/name} with a fixed modification time and reads it. */
    static ReadResult readFile(Path folder, String name, String text) {
        return readFile(folder, name, text, SiteSettings.defaults());
    }

    static ReadResult readFile(Path folder, String name, String text, SiteSettings site) {
        try {
            Path file = folder.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(FILE_TIME));
            return ArticleReader.forSite(site).read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems as {@code validate} prints them, with the folder left out. */
    static java.util.List<String> report(ReadResult result, Path folder) {
        return result.problems().stream().map(p -> p.toString().replace(folder + "/", "")).toList();
    }
}
