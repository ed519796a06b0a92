package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

/** The check that pages and feeds hold nothing that runs finds each way of writing it. */
class ExecutableMarkupTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {
            "page.html|<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "page.html|<img src=\"a.png\" onerror=\"alert(1)\">",
            "page.html|<svg><circle r=\"1\"/></svg>",
            "page.html|<p style=\"background:url(x)\">x</p>",
            "page.html|<iframe src=\"https://a.example/\"></iframe>",
            "page.html|<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
            "feed.xml|<rss><channel><item><description>&lt;script&gt;alert(1)&lt;/script&gt;</description></item></channel></rss>",
            "atom.xml|<feed><entry><content type=\"html\">&lt;a href=\"vbscript:x\"&gt;x&lt;/a&gt;</content></entry></feed>",
            "atom.xml|<feed><entry><summary type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                    + "<img src=\"a.png\" onload=\"x()\"/></div></summary></entry></feed>",
            "feed.json|{\"items\": [{\"content_html\": \"<form action=\\\"https://a.example/\\\"></form>\"}]}"})
    void findsWhatWouldRun(String nameAndText) throws IOException {
        Path file = write(nameAndText);
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> ExecutableMarkup.noneIn(List.of(file)));
        assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "page.html|<html><head><link rel=\"stylesheet\" href=\"/style.css\"></head><body><a href=\"/a/b:c\">x</a>"
                    + "<a href=\"https://a.example/?q=javascript:x\">y</a><img src=\"i.png\" alt=\"\"></body></html>",
            "feed.xml|<rss><channel><item><description>&lt;p&gt;&lt;a href=\"mailto:desk@a.example\"&gt;desk&lt;/a&gt;"
                    + "&lt;/p&gt;</description></item></channel></rss>",
            "atom.xml|<feed><entry><title>&lt;script&gt; in a headline</title><summary type=\"text\">How "
                    + "&lt;a onclick=\"x()\"&gt; runs</summary><content>&lt;svg onload=x&gt;</content></entry></feed>"})
    void passesWhatOnlyShows(String nameAndText) throws IOException {
        ExecutableMarkup.noneIn(List.of(write(nameAndText)));
    }

    private Path write(String nameAndText) throws IOException {
        String[] parts = nameAndText.split("\\|", 2);
        return Files.writeString(folder.resolve(parts[0]), parts[1]);
    }
}
