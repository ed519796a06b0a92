package dev.herald.core.feed;

import java.io.IOException;
import java.io.OutputStream;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Serializes the JDOM documents Rome builds, as UTF-8 with two-space indents. Rome's own output
 * uses the platform charset for files and collapses white space inside {@code <pre>}; text here
 * is only trimmed when it is all white space, so content keeps its spaces.
 */
public final class XmlDocumentOutput {

    private XmlDocumentOutput() {
    }

    public static void write(Document document, OutputStream out) throws IOException {
        Format format = Format.getPrettyFormat()
                .setEncoding("UTF-8")
                .setIndent("  ")
                .setLineSeparator("\n")
                .setTextMode(Format.TextMode.TRIM_FULL_WHITE);
        new XMLOutputter(format).output(document, out);
        out.flush();
    }
}
