package dev.herald.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folders {@code --force} never replaces. Nothing here replaces anything: only the answers are asked. */
class ForeignFoldersTest {

    @TempDir
    Path folder;

    @Test
    void aFolderOfSomeonesFilesMayBeReplacedWithForce() throws IOException {
        Files.writeString(Files.createDirectories(folder.resolve("www/old")).resolve("index.html"), "old");

        assertEquals(Optional.empty(), ForeignFolders.neverReplaced(RealPaths.of(folder.resolve("www"))));
    }

    @Test
    void neverTheRootTheHomeOrTheWorkingFolderNorWhatHoldsThem() {
        Path home = RealPaths.of(Path.of(System.getProperty("user.home")));
        Path working = RealPaths.of(Path.of(""));

        assertEquals(Optional.of("is the root of the file system"), ForeignFolders.neverReplaced(Path.of("/")));
        assertEquals(Optional.of("is your home folder"), ForeignFolders.neverReplaced(home));
        assertEquals(Optional.of("is the working folder"), ForeignFolders.neverReplaced(working));
        assertEquals(Optional.of("holds the working folder (" + working + ")"),
                ForeignFolders.neverReplaced(working.getParent()));
    }

    @Test
    void neverAFolderHoldingHeraldItself() throws Exception {
        Path herald = RealPaths.of(
                Path.of(ForeignFolders.class.getProtectionDomain().getCodeSource().getLocation().toURI()));

        assertEquals(Optional.of("is Herald itself"), ForeignFolders.neverReplaced(herald));
    }

    @Test
    void neverAFolderHoldingARepositoryAnywhereInside() throws IOException {
        Path projects = RealPaths.of(folder).resolve("projects");
        Files.createDirectories(projects.resolve("notes"));
        Files.createDirectories(projects.resolve("apps/newsroom/.git"));
        Path svn = Files.createDirectories(RealPaths.of(folder).resolve("svn"));
        Files.writeString(svn.resolve(".svn"), "");

        assertEquals(Optional.of("holds a Git repository (" + projects.resolve("apps/newsroom/.git") + ")"),
                ForeignFolders.neverReplaced(projects));
        assertEquals(Optional.of("holds a Subversion working copy (" + svn.resolve(".svn") + ")"),
                ForeignFolders.neverReplaced(svn));
    }
}
