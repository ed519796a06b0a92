package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Sitemaps checked independently: jing with RELAX NG schemas of the sitemaps.org and Google News
 * formats (written for these tests from the protocol pages: {@code src/test/resources/schemas}),
 * and read with Python's {@code xml.etree}, as a crawler's script would.
 */
final class SitemapChecks {

    private static final String LOCATIONS = """
            import sys, xml.etree.ElementTree as tree
            namespace = '{http://www.sitemaps.org/schemas/sitemap/0.9}'
            for loc in tree.parse(sys.argv[1]).getroot().iter(namespace + 'loc'):
                print(loc.text)
            """;

    private SitemapChecks() {
    }

    /** Fails unless the file is valid by {@code schema} ({@code sitemap.rnc} or {@code news-sitemap.rnc}). */
    static void validate(Path file, String schema) throws IOException, InterruptedException {
        Path rnc = Path.of("src/test/resources/schemas", schema);
        ExternalTools.Result result = ExternalTools.run(List.of(ExternalTools.require("jing").toString(), "-c",
                rnc.toString(), file.toString()));
        String problems = result.output().lines().filter(line -> !line.startsWith("[warning]"))
                .reduce("", (a, b) -> a + b + "\n");
        assertEquals("", problems, file + " by " + schema);
        assertEquals(0, result.exitCode(), result.output());
    }

    /** Every {@code <loc>} of the file in order, as {@code xml.etree} reads them. */
    static List<String> locations(Path file) throws IOException, InterruptedException {
        ExternalTools.Result result = ExternalTools.run(List.of(ExternalTools.require("/usr/bin/python3").toString(), "-c",
                LOCATIONS, file.toString()));
        assertEquals(0, result.exitCode(), result.output());
        return result.output().lines().toList();
    }
}
