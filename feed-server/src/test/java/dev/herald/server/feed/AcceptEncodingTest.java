package dev.herald.server.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Accept-Encoding headers get the gzip, as RFC 9110 (section 12.5.3) reads them. */
class AcceptEncodingTest {

    @ParameterizedTest(name = "[{0}] takes gzip: {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL | false",
        "'' | false",
        "gzip | true",
        "gzip, deflate, br | true",
        "br;q=1.0, GZIP;q=0.5 | true",
        "x-gzip | true",
        "gzip;q=0 | false",
        "gzip; q=0.0 | false",
        "gzip;Q=0.000 | false",
        "gzip;q=0.001 | true",
        "gzip;q=none | false",
        "identity | false",
        "deflate, br | false",
        "* | true",
        "*;q=0 | false",
        "gzip;q=0, * | false",
        "*;q=0, gzip | true",
    })
    void readsNamesWildcardsAndWeights(String header, boolean takesGzip) {
        assertEquals(takesGzip, ConditionalResponses.wantsGzip(header));
    }
}
