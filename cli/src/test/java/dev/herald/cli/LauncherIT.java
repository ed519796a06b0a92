package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.io.AtomicFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JVM the {@code ./herald} launcher starts for a build, read from its shell trace: a full
 * build gets a young generation of 32 MiB (of 64 MiB from 30,000 input files on) unless the user's
 * options size the heap otherwise, and a rebuild's JVM only when there is a site to rebuild; a
 * rebuild that would be a full one is started again in a full build's JVM. Each build of the
 * examples runs to its end.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("../herald");
    private static final Path FOLDER = Path.of("target/launcher-it");
    private static final String YOUNG = " -Xmn32m ";
    private static final String LARGE_INPUT_YOUNG = " -Xmn64m ";
    private static final String REBUILD = " -Dherald.launched-rebuild=true ";

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
        for (String options : List.of("-Xmx200m", "-Xmn24m", "-XX:+UseParallelGC")) {
            Path site = FOLDER.resolve("site" + options.replaceAll("\\W", ""));
            String java = build(options, site);
            assertFalse(java.contains(YOUNG) || java.contains(LARGE_INPUT_YOUNG), options + ": " + java);
        }
    }

    @Test
    void aRebuildGetsARebuildsJvm() throws IOException, InterruptedException {
        Path site = FOLDER.resolve("site");
        build("", site);
        List<String> javas = javaCommands(run("", site));
        assertEquals(1, javas.size(), javas.toString());
        assertTrue(javas.get(0).contains(REBUILD), javas.get(0));
        assertFalse(javas.get(0).contains(YOUNG));
    }

    @Test
    void aRebuildThatWouldBeAFullOneIsStartedAgainInAFullBuildsJvm() throws IOException, InterruptedException {
        Path site = FOLDER.resolve("site");
        build("", site);
        // another --limit: the state is of other options, so the build is a full one
        List<String> javas = javaCommands(run("", site, "--limit", "5"));
        assertEquals(2, javas.size(), javas.toString());
        assertTrue(javas.get(0).contains(REBUILD), javas.get(0));
        assertTrue(javas.get(1).startsWith("+ exec java ") && javas.get(1).contains(YOUNG), javas.get(1));
        assertFalse(javas.get(1).contains(REBUILD), javas.get(1));
        assertEquals(5, Files.readString(site.resolve("feed.xml")).split("<item>", -1).length - 1, "the full build's limit");
    }

    @Test
    void aStateBesideAFolderThatIsGoneMakesAFullBuild() throws IOException, InterruptedException {
        Path site = FOLDER.resolve("site");
        build("", site);
        AtomicFolder.deleteRecursively(site);
        assertTrue(Files.isRegularFile(FOLDER.resolve(".site.herald-build")), "the state stays beside it");
        assertTrue(build("", site).contains(YOUNG));
    }

    @Test
    void aLargeInputGetsTheLargerYoungGenerationAndBothCompilers() throws IOException, InterruptedException {
        Path input = Files.createDirectories(FOLDER.resolve("large"));
        for (int i = 0; i < 30_000; i++) {
            Files.createFile(input.resolve(i + ".md"));
        }
        // --limit 0 is refused at once (exit 2): the trace has the java command, nothing is read
        ExternalTools.Result result = ExternalTools.run(List.of("/usr/bin/env", "HERALD_JAVA_OPTS=", "sh", "-x", LAUNCHER.toString(),
                "build", input.toString(),
                "--out", FOLDER.resolve("site").toString(), "--limit", "0"));
        assertEquals(2, result.exitCode(), result.output());
        List<String> javas = javaCommands(result.output());
        assertEquals(1, javas.size(), javas.toString());
        assertTrue(javas.get(0).contains(LARGE_INPUT_YOUNG), javas.get(0));
        assertFalse(javas.get(0).contains("TieredStopAtLevel"), javas.get(0));

        // the same folder given by a link (a mounted volume's): counted as the folder, not as one file
        Path link = Files.createSymbolicLink(FOLDER.resolve("linked"), input.toAbsolutePath());
        ExternalTools.Result linked = ExternalTools.run(List.of("/usr/bin/env", "HERALD_JAVA_OPTS=", "sh", "-x",
                LAUNCHER.toString(), "build", link.toString(), "--out", FOLDER.resolve("site").toString(), "--limit", "0"));
        String java = javaCommands(linked.output()).get(0);
        assertTrue(java.contains(LARGE_INPUT_YOUNG), java);
        assertFalse(java.contains("TieredStopAtLevel"), java);
    }

    // the java command line the launcher ran last for a build of the examples into site
    private static String build(String javaOptions, Path site) throws IOException, InterruptedException {
        List<String> javas = javaCommands(run(javaOptions, site));
        return javas.get(javas.size() - 1);
    }

    // the launcher's shell trace of a build of the examples into site, which must succeed
    private static String run(String javaOptions, Path site, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/env", "HERALD_JAVA_OPTS=" + javaOptions, "sh", "-x",
                LAUNCHER.toString(), "build", "../examples", "--out", site.toString(), "--quiet"));
        command.addAll(List.of(options));
        ExternalTools.Result result = ExternalTools.run(command);
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(Files.isRegularFile(site.resolve("feed.xml")), result.output());
        return result.output();
    }

    // the java commands in a shell trace, in order, each with a space after it
    private static List<String> javaCommands(String trace) {
        List<String> javas = trace.lines().filter(line -> line.startsWith("+ exec java ") || line.startsWith("+ java "))
                .map(line -> line + " ").toList();
        if (javas.isEmpty()) {
            throw new AssertionError(trace);
        }
        return javas;
    }
}
