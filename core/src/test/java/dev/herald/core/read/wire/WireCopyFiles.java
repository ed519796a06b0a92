package dev.herald.core.read.wire;

import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/** Wire copy written into a test's folder and read as a site with these settings reads it. */
final class WireCopyFiles {

    /** The time every file is given: its date where no sidecar gives one. */
    static final Instant FILE_TIME = Instant.parse("2024-11-26T10:00:00Z");

    /** A story with a photo's caption over its headline, two headings and a page's buttons under it. */
    static final String STORY = """
            Workers repair a tram line in Lviv, Ukraine, March 3, 2024. AP Photo/Ola Nowak
            Lviv Reopens Its Oldest Tram Line
            Lviv reopened its oldest tram line on Monday after two years of repairs, the city council said.
            Rails and Wires
            Crews replaced four kilometres of rails. Lviv paid for most of the work with a loan from the EBRD.
            “It is like meeting an old friend,” one passenger said.
            What Comes Next
            The EBRD said a second line in Lviv would follow next year.
            Share
            Advertisement
            COMMENTS""";

    private WireCopyFiles() {
    }

    /** The articles and problems of {@code text} written to {@code name} in {@code folder}. */
    static ReadResult read(Path folder, String name, String text, SiteSettings site) throws IOException {
        return read(folder, name, text, site, FILE_TIME);
    }

    /** The same, the file given {@code fileTime}. */
    static ReadResult read(Path folder, String name, String text, SiteSettings site, Instant fileTime)
            throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(fileTime));
        return ArticleReader.forSite(site).read(file);
    }
}
