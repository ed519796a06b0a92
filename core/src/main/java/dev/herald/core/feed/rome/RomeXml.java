package dev.herald.core.feed.rome;

import com.rometools.rome.feed.atom.Link;
import java.io.IOException;
import java.io.OutputStream;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * What both Rome writers need: Atom links (Atom's own, and RSS's atom:link) and the serializing
 * of the JDOM documents Rome builds, as UTF-8 with two-space indents. Rome's own output uses the
 * platform charset for files and collapses white space inside {@code <pre>}; text here is only
 * trimmed when it is all white space, so content keeps its spaces.
 */
final class RomeXml {

    private RomeXml() {
    }

    /** A link with its relation, target and media type (null to leave it out). */
    static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    /** Writes the document; the stream is flushed, not closed. */
    static void write(Document document, OutputStream out) throws IOException {
        Format format = Format.getPrettyFormat()
                .setEncoding("UTF-8")
                .setIndent("  ")
                .setLineSeparator("\n")
                .setTextMode(Format.TextMode.TRIM_FULL_WHITE);
        new XMLOutputter(format).output(document, out);
        out.flush();
    }
}
