package dev.herald.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.SiteSettings;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path folder;

    private final ArticleReader reader = ArticleReader.forSite(SiteSettings.defaults());

    @Test
    void aSidecarAndItsWireCopyNameEachOther() {
        Path story = Path.of("wire/story.txt");
        assertEquals(Path.of("wire/story.meta.yaml"), ArticleReader.sidecarOf(story));
        assertEquals(Optional.of(story), ArticleReader.wireCopyOf(ArticleReader.sidecarOf(story)));
        assertEquals(Optional.empty(), ArticleReader.wireCopyOf(Path.of("wire/story.md")));
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        assertEquals(List.of("empty.json: file is empty"), read("empty.json", new byte[0]));
        assertEquals(List.of("blank.md: file is empty (only white space)"), read("blank.md", "  \n\n".getBytes()));
    }

    @Test
    void reportsABinaryFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertEquals(List.of("photo.md:3: binary file (NUL byte at offset 8), not an article"), read("photo.md", png));
    }

    @Test
    void reportsInvalidUtf8WithItsLine() throws IOException {
        byte[] latin1 = "---\ntitle: Z\u00fcrich\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("latin1.md:2: not valid UTF-8 (byte 0xFC at offset 12); save the file as UTF-8"),
                read("latin1.md", latin1));
    }

    @Test
    void readsWireCopyThatIsNotUtf8AsWindows1252WithAWarning() throws IOException {
        // agencies' plain-text services and older newsroom systems send Latin-1 and Windows-1252
        String copy = "Z\u00fcrich Trams Return\n\nTrams run again \u2013 at 5 \u20ac a ride, the city said on Monday.\n";
        Path file = folder.resolve("zurich.txt");
        Files.write(file, copy.getBytes(Charset.forName("windows-1252")));
        Files.writeString(folder.resolve("zurich.meta.yaml"), "published: 2024-11-28T09:30:00Z\n");
        ReadResult result = reader.read(file);
        assertEquals("Z\u00fcrich Trams Return", result.articleList().get(0).title());
        assertEquals(List.of(file + ":1: warning: not valid UTF-8 (byte 0xFC at offset 1); read as Windows-1252,"
                + " as agencies' plain-text services send it"), result.problems().stream().map(Object::toString).toList());
    }

    @Test
    void readsUtf16WithAByteOrderMarkAsEditorsSaveIt() throws IOException {
        // Windows Notepad's "Unicode" and "Unicode big endian"
        String story = "---\ntitle: Z\u00fcrich Trams Return\npublished: 2024-11-28\n---\nTrams run again.\n";
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = folder.resolve("utf16.md");
            Files.write(file, ("\uFEFF" + story).getBytes(charset));
            ReadResult result = reader.read(file);
            assertEquals(List.of(), result.problems(), charset.name());
            assertEquals("Z\u00fcrich Trams Return", result.articleList().get(0).title());
        }
        byte[] cut = java.util.Arrays.copyOf(("\uFEFF" + story).getBytes(StandardCharsets.UTF_16LE), 61);
        assertEquals(List.of("cut.md:2: not valid UTF-16 (the file ends inside a character); save the file as UTF-8"),
                read("cut.md", cut));
    }

    @Test
    void saysWhyAFileCannotBeReadInWords() {
        assertEquals("permission denied", ReadFailures.ofFile(new AccessDeniedException("/src/a.md")));
        assertEquals("no such file", ReadFailures.ofFile(new NoSuchFileException("/src/a.md")));
        assertEquals("is a directory", ReadFailures.ofFile(new FileSystemException("/src/a.md", null, "Is a directory")));
    }

    @Test
    void refusesFilesOverTheSizeLimit() throws IOException {
        byte[] huge = new byte[(int) ArticleReader.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertEquals(List.of("huge.md: file is 16.0 MiB; article files may be at most 16 MiB"), read("huge.md", huge));
    }

    @Test
    void reportsAnUnknownExtension() throws IOException {
        assertEquals(List.of("notes.docx: unknown article format: the name must end in .json, .md or .txt"),
                read("notes.docx", "x".getBytes()));
        assertEquals(List.of("old.atom: a feed, not an article: herald import FILE --out DIR turns its entries into"
                + " article files"), read("old.atom", "<feed/>".getBytes()));
    }

    @Test
    void readsATenMegabyteBody() throws IOException {
        String body = ("A paragraph of a very long story. ".repeat(30) + "\n\n").repeat(10_000);
        byte[] text = ("---\ntitle: Long\npublished: 2024-11-28\n---\n" + body).getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve("long.md");
        Files.write(file, text);
        ReadResult result = reader.read(file);
        assertEquals(List.of(), result.problems());
        assertEquals(10_000, result.articleList().get(0).contentHtml().split("<p>").length - 1);
    }

    @Test
    void reportsADuplicateIdAcrossFiles() throws IOException {
        Files.writeString(folder.resolve("a.md"), "---\nid: same\ntitle: A\npublished: 2024-11-28\n---\n");
        Files.writeString(folder.resolve("b.json"), "{\"id\": \"same\", \"title\": \"B\", \"published\": \"2024-11-28\"}");
        ReadResult both = reader.read(folder.resolve("a.md")).plus(reader.read(folder.resolve("b.json")));
        ReadResult checked = UniqueIds.check(both);
        assertEquals(List.of("A"), checked.articleList().stream().map(a -> a.title()).toList());
        assertEquals(List.of(folder + "/b.json:1: id: \"same\" is already the id of " + folder + "/a.md:1"),
                checked.problems().stream().map(Object::toString).toList());
    }

    private List<String> read(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return reader.read(file).problems().stream().map(p -> p.toString().replace(folder + "/", "")).toList();
    }
}
