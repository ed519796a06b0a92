package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlPolicyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "https://example.org/a|true",
        "HTTP://example.org/|true",
        "mailto:desk@example.org|true",
        "/photos/a.jpg|true",
        "photos/a.jpg|true",
        "#section|true",
        "/a:b|true",
        "?q=a:b|true",
        "javascript:alert(1)|false",
        "JaVaScRiPt:alert(1)|false",
        "' java\tscript:alert(1)'|false",
        "'\u0001javascript:alert(1)'|false",
        "vbscript:msgbox|false",
        "data:text/html;base64,PHNjcmlwdD4=|false",
        "ftp://example.org/file|false",
    })
    void keepsRelativeAndWebUrlsOnly(String url, boolean safe) {
        assertEquals(safe, UrlPolicy.isSafe(url));
    }
}
