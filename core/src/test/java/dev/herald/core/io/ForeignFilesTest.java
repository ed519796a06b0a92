package dev.herald.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt site keeps the files put into it by hand, and loses those Herald no longer writes. */
class ForeignFilesTest {

    // the URL space, as a site claims it: its feed and its article pages
    private static final Predicate<Path> CLAIMED = path -> path.toString().equals("feed.xml")
            || path.getName(0).toString().equals("articles");

    @TempDir
    Path parent;

    @Test
    void aRebuildKeepsWhatHeraldDidNotWriteAndRemovesWhatItNoLongerWrites() throws IOException {
        Path own = Files.createDirectories(parent.resolve("static"));
        Path logo = Files.writeString(own.resolve("logo.svg"), "<svg/>");
        Path brochure = Files.writeString(own.resolve("brochure.txt"), "old brochure");
        Path site = parent.resolve("site");
        AtomicFolder.replace(site, false, CLAIMED, output -> {
            output.write(Path.of("feed.xml"), "feed".getBytes(UTF_8));
            output.write(Path.of("articles/a/index.html"), "a".getBytes(UTF_8));
            output.copy(Path.of("logo.svg"), logo);
            output.copy(Path.of("brochure.txt"), brochure);
        });
        // put there by hand, for the host and the search engines
        Object cname = fileKey(Files.writeString(site.resolve("CNAME"), "news.example.org\n"));
        Files.writeString(Files.createDirectories(site.resolve(".well-known")).resolve("security.txt"), "Contact: desk\n");
        Files.createSymbolicLink(site.resolve("domain"), Path.of("CNAME"));
        Files.writeString(Files.createDirectories(site.resolve("articles/by-hand")).resolve("index.html"), "by hand");

        AtomicFolder.Outcome outcome = AtomicFolder.replace(site, false, CLAIMED, output -> {
            output.write(Path.of("feed.xml"), "feed, edited".getBytes(UTF_8));
            output.write(Path.of("articles/a/index.html"), "a".getBytes(UTF_8));
            output.copy(Path.of("logo.svg"), logo);
        });

        assertEquals(new AtomicFolder.Outcome(3, 1, 2), outcome, "removed: the page made by hand in the URL space, the brochure");
        assertEquals(cname, fileKey(site.resolve("CNAME")), "the host's file is the same file");
        assertEquals("Contact: desk\n", Files.readString(site.resolve(".well-known/security.txt")));
        assertEquals(Path.of("CNAME"), Files.readSymbolicLink(site.resolve("domain")));
        assertFalse(Files.exists(site.resolve("articles/by-hand")));
        assertFalse(Files.exists(site.resolve("brochure.txt")), "an own file taken out of the site is no one else's");
        assertEquals("<svg/>", Files.readString(site.resolve("logo.svg")));
        assertEquals("feed, edited", Files.readString(site.resolve("feed.xml")));
        assertEquals(List.of("site", "static"), namesIn(parent));
    }

    @Test
    void aFolderTakenOverWithForceIsReplacedWhole() throws IOException {
        Path www = Files.createDirectories(parent.resolve("www"));
        Files.writeString(www.resolve("notes.txt"), "mine");

        AtomicFolder.replace(www, true, CLAIMED, output -> output.write(Path.of("feed.xml"), "feed".getBytes(UTF_8)));

        assertFalse(Files.exists(www.resolve("notes.txt")));
        assertTrue(Files.isRegularFile(www.resolve(OutputFolders.MARKER)));
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
