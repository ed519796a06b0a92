package dev.herald.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's bytes given as the start of a larger array: written and compared as those bytes alone. */
class ByteFilesTest {

    @TempDir
    Path folder;

    private static final byte[] BUFFER = "<feed>entries</feed>left over from a larger file".getBytes(UTF_8);
    private static final int LENGTH = "<feed>entries</feed>".length();

    @Test
    void writesOnlyTheGivenBytes() throws IOException {
        Path file = folder.resolve("feed.xml");
        ByteFiles.write(file, BUFFER, LENGTH);
        assertArrayEquals("<feed>entries</feed>".getBytes(UTF_8), Files.readAllBytes(file));
    }

    @Test
    void neverWritesThroughAFileOrALinkThatIsThere() throws IOException {
        // a staging or building folder is Herald's own and new: anything already at a path is not
        // Herald's to write, least of all a link to a user's file
        Path users = Files.write(folder.resolve("users-notes.txt"), "the user's own".getBytes(UTF_8));
        Path file = Files.write(folder.resolve("feed.xml"), "there before".getBytes(UTF_8));
        Path link = Files.createSymbolicLink(folder.resolve("atom.xml"), users);
        Path dangling = Files.createSymbolicLink(folder.resolve("feed.json"), folder.resolve("not-yet.txt"));
        assertThrows(FileAlreadyExistsException.class, () -> ByteFiles.write(file, BUFFER, LENGTH));
        assertThrows(FileAlreadyExistsException.class, () -> ByteFiles.write(link, BUFFER, LENGTH));
        assertThrows(FileAlreadyExistsException.class, () -> ByteFiles.write(dangling, BUFFER, LENGTH));
        assertArrayEquals("there before".getBytes(UTF_8), Files.readAllBytes(file));
        assertArrayEquals("the user's own".getBytes(UTF_8), Files.readAllBytes(users));
        assertFalse(Files.exists(folder.resolve("not-yet.txt")));
    }

    @Test
    void holdsOnlyAFileOfExactlyThoseBytes() throws IOException {
        Path same = Files.write(folder.resolve("same.xml"), "<feed>entries</feed>".getBytes(UTF_8));
        Path longer = Files.write(folder.resolve("longer.xml"), "<feed>entries</feed>left".getBytes(UTF_8));
        Path shorter = Files.write(folder.resolve("shorter.xml"), "<feed>entries".getBytes(UTF_8));
        Path other = Files.write(folder.resolve("other.xml"), "<feed>ENTRIES</feed>".getBytes(UTF_8));
        Path directory = Files.createDirectory(folder.resolve("folder"));
        assertTrue(ByteFiles.holds(same, BUFFER, LENGTH));
        assertFalse(ByteFiles.holds(longer, BUFFER, LENGTH));
        assertFalse(ByteFiles.holds(shorter, BUFFER, LENGTH));
        assertFalse(ByteFiles.holds(other, BUFFER, LENGTH));
        assertFalse(ByteFiles.holds(directory, BUFFER, LENGTH));
        assertFalse(ByteFiles.holds(folder.resolve("missing.xml"), BUFFER, LENGTH));
    }
}
