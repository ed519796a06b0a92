package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as users run it. Rome registers Media RSS, content and atom-link support through
 * several {@code rome.properties} files; a jar that kept only one would drop those elements silently.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/herald.jar");

    @Test
    void keepsRomesModulesInRss() throws IOException, InterruptedException {
        ExternalTools.Result result = herald("convert", "../examples", "--format", "rss");
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("<media:content medium=\"image\""), result.output());
        assertTrue(result.output().contains("<media:credit"), result.output());
        assertTrue(result.output().contains("<atom:link href=\"https://news.example.org/feed.xml\""), result.output());
        assertTrue(result.output().contains("<content:encoded>"), result.output());
        assertTrue(result.output().contains("<dc:creator>Lena Okafor</dc:creator>"), result.output());
    }

    @Test
    void writesAtomAndJsonFeeds() throws IOException, InterruptedException {
        assertTrue(herald("convert", "../examples", "--format", "atom").output()
                .contains("<link rel=\"enclosure\" type=\"image/jpeg\""));
        assertTrue(herald("convert", "../examples", "--format", "json").output()
                .contains("\"version\" : \"https://jsonfeed.org/version/1.1\""));
    }

    @Test
    void failsWithAMessageAndNoStackTrace() throws IOException, InterruptedException {
        ExternalTools.Result result = herald("convert", "../examples", "--out", "/proc/herald-cannot-write/feed.xml");
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().startsWith("herald: "), result.output());
        assertFalse(result.output().contains("\tat "), result.output());
    }

    @Test
    void printsHelpAndVersion() throws IOException, InterruptedException {
        ExternalTools.Result help = herald("convert", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.output().startsWith("Usage: herald convert"), help.output());
        assertEquals("Herald 0.1.0\n", herald("--version").output());
    }

    private static ExternalTools.Result herald(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "run after package: " + JAR);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return ExternalTools.run(command);
    }
}
