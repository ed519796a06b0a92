package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "https://example.org/a b/c d.html|https://example.org/a%20b/c%20d.html",
        "`  https://example.org/x  `|https://example.org/x",
        "https://example.org/?q=a b&r=<c>#top of page|https://example.org/?q=a%20b&r=%3Cc%3E#top%20of%20page",
        "https://example.org/100%|https://example.org/100%25",
        "https://example.org/z%C3%BCrich|https://example.org/z%C3%BCrich",
        "https://example.org\\a\\b?x=\\y|https://example.org/a/b?x=%5Cy",
        "images\\lake.png|images/lake.png",
        "https://bücher.example/ü|https://xn--bcher-kva.example/%C3%BC",
        "//cdn.example.org/x y.png|//cdn.example.org/x%20y.png",
        "https://user name@example.org:8443/|https://user%20name@example.org:8443/",
        "http://[2001:db8::1]:80/a|http://[2001:db8::1]:80/a",
        "mailto:desk editor@example.org|mailto:desk%20editor@example.org",
        "/images/lake view.png|/images/lake%20view.png",
        "#notes|#notes",
        "``|``",
        "https://example.org/?a=[1]#b#c|https://example.org/?a=%5B1%5D#b%23c",
        "http://a@b@example.org/|http://a%40b@example.org/",
        "https://example.org.:65535/|https://example.org.:65535/",
    })
    void makesWrittenUrlsValid(String written, String valid) {
        assertEquals(Optional.of(valid), BodyUrls.valid(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://exa mple.org/",
        "https://example.org:80a/",
        "https://exa<mple.org/",
        "https:///path",
        "//",
        "http:",
        "https:/x",
        "HTTPS:x",
        "http://example.org:65536/",
        "http://a..b/",
        "http://.a/",
        "http://xn--/",
    })
    void givesNoneForAHostNoBrowserCouldReach(String written) {
        assertEquals(Optional.empty(), BodyUrls.valid(written));
    }
}
