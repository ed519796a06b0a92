package dev.herald.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The catalogue of broken article files: text ones from {@code src/test/resources/broken}, and the
 * byte-level ones (binary, invalid UTF-8) written here, where no editor or git setting can mend them.
 */
final class BrokenFiles {

    static final List<String> TEXT_FILES = List.of("alias-bomb.md", "bad-date.json", "empty.json", "first-claim.md",
            "invalid-yaml.md", "missing-title.md", "relative-image.json", "second-claim.json", "unknown-key.md",
            "valid-story.md");

    private BrokenFiles() {
    }

    /** Copies the catalogue into {@code folder/broken} and returns that folder. */
    static Path copyTo(Path folder) throws IOException {
        Path broken = Files.createDirectories(folder.resolve("broken"));
        for (String name : TEXT_FILES) {
            try (InputStream in = BrokenFiles.class.getResourceAsStream("/broken/" + name)) {
                Files.write(broken.resolve(name), in.readAllBytes());
            }
        }
        Files.write(broken.resolve("binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.write(broken.resolve("latin1.md"),
                "---\ntitle: Caf\u00e9\npublished: 2024-11-28\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        return broken;
    }
}
