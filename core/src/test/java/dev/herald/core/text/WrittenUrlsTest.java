package dev.herald.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WrittenUrlsTest {

    @Test
    void encodesWhatAUriMayNotHoldAsABrowserDoes() {
        assertEquals("/images/lake%20view.png", WrittenUrls.encoded("/images/lake view.png"));
        assertEquals("/images/z%C3%BCrich/%E6%9D%B1%E4%BA%AC/%F0%9F%93%B0.png", WrittenUrls.encoded("/images/zürich/東京/📰.png"));
        assertEquals("https://example.org/a%7Cb%22c%3Cd%3E?q=%5E%60%7B%7D%5C",
                WrittenUrls.encoded("https://example.org/a|b\"c<d>?q=^`{}\\"));
        assertEquals("/100%25.png", WrittenUrls.encoded("/100%.png"), "a % that starts no escape");
        assertEquals("/a%252", WrittenUrls.encoded("/a%2"), "an escape cut short");
        assertEquals("/tab%09and%0Anewline%7F", WrittenUrls.encoded("/tab\tand\nnewline\u007f"));
    }

    @Test
    void keepsEscapesAndReservedCharactersAsWritten() {
        String written = "https://example.org/z%C3%BCrich/a-b_c.d~e?a=1&b=2;c=$d,e+f*g!h'i(j)#frag:@/";
        assertSame(written, WrittenUrls.encoded(written));
    }

    @Test
    void encodesBracketsButThoseOfAnIpv6Host() {
        assertEquals("https://example.org/a%5B1%5D?b=%5B2%5D#%5B3%5D", WrittenUrls.encoded("https://example.org/a[1]?b=[2]#[3]"));
        assertEquals("http://[2001:db8::1]:8080/x%5B1%5D", WrittenUrls.encoded("http://[2001:db8::1]:8080/x[1]"));
        assertEquals("//[::1]/?q=%5B%5D", WrittenUrls.encoded("//[::1]/?q=[]"));
        assertEquals("/images/a%5B1%5D.png", WrittenUrls.encoded("/images/a[1].png"));
    }
}
