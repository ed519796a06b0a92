package dev.herald.core.read.feed;

import dev.herald.core.problem.Problems;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * An Atom feed written without its namespace ({@code <feed>} alone, as hand-made and some
 * generated feeds have it) is read as Atom 1.0, as feedparser and Miniflux read it, with a warning:
 * Rome reads Atom only in its namespace.
 */
final class UndeclaredAtom {

    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Namespace XHTML = Namespace.getNamespace("http://www.w3.org/1999/xhtml");

    private UndeclaredAtom() {
    }

    /** Puts the feed's elements without a namespace into Atom's when its root is a {@code <feed>} without one. */
    static void adopt(Document document, Problems problems) {
        Element root = document.getRootElement();
        if (root.getName().equals("feed") && root.getNamespace().equals(Namespace.NO_NAMESPACE)) {
            problems.warning(0, null, "the root element <feed> names no namespace; read as Atom 1.0, as feed readers do");
            moveInto(root, ATOM);
        }
    }

    private static void moveInto(Element element, Namespace namespace) {
        if (element.getNamespace().equals(Namespace.NO_NAMESPACE)) {
            element.setNamespace(namespace);
        }
        // the markup of xhtml text (its <div> and what it holds) is XHTML, not Atom
        Namespace children = namespace == ATOM && "xhtml".equals(element.getAttributeValue("type")) ? XHTML : namespace;
        element.getChildren().forEach(child -> moveInto(child, children));
    }
}
