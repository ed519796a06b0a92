package dev.herald.server.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * A current feed's bytes are outside the heap from the start; a document that may be answered once
 * (a page of a feed's history) takes no memory outside the heap until it is answered again, and
 * its gzip follows it.
 */
class RenderedDocumentTest {

    private static final byte[] PAGE = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Archive</title></feed>"
            .getBytes(StandardCharsets.UTF_8);
    private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void aCurrentFeedIsAnsweredFromOutsideTheHeapAtOnce() throws IOException {
        RenderedDocument kept = RenderedDocument.kept(PAGE.clone(), "application/atom+xml", AT, 1);
        assertTrue(kept.body().getByteBuf().isDirect());
        assertTrue(kept.gzippedBody().getByteBuf().isDirect());
        assertArrayEquals(PAGE, gunzip(kept.gzippedBody().getBytes()));
    }

    @Test
    void aPageAnsweredOnceStaysOnTheHeapAndMovesWhenAnsweredAgain() throws IOException {
        RenderedDocument page = RenderedDocument.of(PAGE.clone(), "application/atom+xml", AT, 1);
        assertFalse(page.body().getByteBuf().isDirect());
        assertFalse(page.gzippedBody().getByteBuf().isDirect());
        assertTrue(page.body().getByteBuf().isDirect());
        assertTrue(page.gzippedBody().getByteBuf().isDirect());
        assertArrayEquals(PAGE, page.body().getBytes());
        assertArrayEquals(PAGE, gunzip(page.gzippedBody().getBytes()));
        assertArrayEquals(PAGE, page.bytes());
        assertEquals(PAGE.length, page.length());
        assertEquals(RenderedDocument.kept(PAGE.clone(), "application/atom+xml", AT, 1).etag(), page.etag(),
                "the same bytes, the same tag, wherever they are kept");
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
