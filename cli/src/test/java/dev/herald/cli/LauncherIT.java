package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.io.AtomicFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JVM the {@code ./herald} launcher starts for a build, read from its shell trace: a full
 * build gets a 64 MiB young generation unless the user's options size the heap otherwise, and a
 * rebuild's JVM only when there is a site to rebuild. Each build runs to its end.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("../herald");
    private static final Path FOLDER = Path.of("target/launcher-it");
    private static final String YOUNG = " -Xmn64m ";

    @BeforeEach
    void clear() throws IOException {
        AtomicFolder.deleteRecursively(FOLDER); // an earlier run's
        Files.createDirectories(FOLDER);
    }

    @Test
    void aFullBuildGetsASmallYoungGeneration() throws IOException, InterruptedException {
        assertTrue(build("", FOLDER.resolve("site")).contains(YOUNG));
    }

    @Test
    void aHeapCappedAt256MiBOrMoreKeepsIt() throws IOException, InterruptedException {
        assertTrue(build("-Xmx1g", FOLDER.resolve("site")).contains(YOUNG));
    }

    @Test
    void theUsersOwnHeapShapeIsLeftAlone() throws IOException, InterruptedException {
        for (String options : List.of("-Xmx200m", "-Xmn32m", "-XX:+UseParallelGC")) {
            Path site = FOLDER.resolve("site" + options.replaceAll("\\W", ""));
            assertFalse(build(options, site).contains(YOUNG), options);
        }
    }

    @Test
    void aRebuildGetsARebuildsJvm() throws IOException, InterruptedException {
        Path site = FOLDER.resolve("site");
        build("", site);
        assertFalse(build("", site).contains(YOUNG));
    }

    @Test
    void aStateBesideAFolderThatIsGoneMakesAFullBuild() throws IOException, InterruptedException {
        Path site = FOLDER.resolve("site");
        build("", site);
        AtomicFolder.deleteRecursively(site);
        assertTrue(Files.isRegularFile(FOLDER.resolve(".site.herald-build")), "the state stays beside it");
        assertTrue(build("", site).contains(YOUNG));
    }

    // the java command line the launcher ran for a build of the examples into site
    private static String build(String javaOptions, Path site) throws IOException, InterruptedException {
        ExternalTools.Result result = ExternalTools.run(List.of("/usr/bin/env", "HERALD_JAVA_OPTS=" + javaOptions,
                "sh", "-x", LAUNCHER.toString(), "build", "../examples", "--out", site.toString(), "--quiet"));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(Files.isRegularFile(site.resolve("feed.xml")), result.output());
        return result.output().lines().filter(line -> line.startsWith("+ exec java ")).findFirst()
                .map(line -> line + " ").orElseThrow(() -> new AssertionError(result.output()));
    }
}
