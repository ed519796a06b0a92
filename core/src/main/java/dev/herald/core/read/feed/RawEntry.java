package dev.herald.core.read.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * An item or entry element as written, for what Rome does not keep: dates in forms it cannot
 * read, {@code xml:base} and {@code xml:lang}, and the names of elements nobody imports.
 */
record RawEntry(Element element) {

    /** The formats' own namespaces, whose elements are named without a prefix. */
    private static final Set<String> FEED_NAMESPACES = Set.of("", "http://www.w3.org/2005/Atom",
            "http://purl.org/atom/ns#", "http://purl.org/rss/1.0/", "http://backend.userland.com/rss2");

    /** The item or entry elements of a feed, in document order. */
    static List<RawEntry> of(Document document) {
        Element root = document.getRootElement();
        List<RawEntry> entries = new ArrayList<>();
        if (root.getName().equals("feed")) {
            root.getChildren().stream().filter(e -> e.getName().equals("entry")).forEach(e -> entries.add(new RawEntry(e)));
            return entries;
        }
        for (Element child : root.getChildren()) {
            if (child.getName().equals("channel")) {
                child.getChildren().stream().filter(e -> e.getName().equals("item")).forEach(e -> entries.add(new RawEntry(e)));
            } else if (child.getName().equals("item")) {
                entries.add(new RawEntry(child)); // RSS 1.0 keeps its items beside the channel
            }
        }
        return entries;
    }

    /** The text of the first child with one of these local names, in any namespace. */
    Optional<String> childText(String... names) {
        for (String name : names) {
            for (Element child : element.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                    return Optional.of(child.getTextTrim());
                }
            }
        }
        return Optional.empty();
    }

    /** The nearest {@code xml:lang} on the element or around it. */
    Optional<String> language() {
        for (Element at = element; at != null; at = at.getParentElement()) {
            String lang = at.getAttributeValue("lang", Namespace.XML_NAMESPACE);
            if (lang != null && !lang.isBlank()) {
                return Optional.of(lang.strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The base that relative URLs in the entry resolve against: every {@code xml:base} from the
     * root down, resolved in turn, starting from {@code documentBase} (the feed's own URL, or null).
     */
    Optional<URI> base(URI documentBase) {
        List<String> bases = new ArrayList<>();
        for (Element at = element; at != null; at = at.getParentElement()) {
            String base = at.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (base != null && !base.isBlank()) {
                bases.add(0, base.strip());
            }
        }
        return resolve(documentBase, bases);
    }

    /**
     * The base of the first child of that local name ({@code content}): the entry's {@code base},
     * resolved against the child's own {@code xml:base} when it has one.
     */
    Optional<URI> childBase(String name, URI entryBase) {
        for (Element child : element.getChildren()) {
            if (child.getName().equals(name)) {
                String base = child.getAttributeValue("base", Namespace.XML_NAMESPACE);
                return base == null || base.isBlank() ? Optional.ofNullable(entryBase)
                        : resolve(entryBase, List.of(base.strip()));
            }
        }
        return Optional.ofNullable(entryBase);
    }

    private static Optional<URI> resolve(URI start, List<String> bases) {
        URI resolved = start;
        for (String base : bases) {
            try {
                resolved = resolved == null ? new URI(base) : resolved.resolve(new URI(base));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.ofNullable(resolved); // an unreadable base is passed over
            }
        }
        return Optional.ofNullable(resolved).filter(URI::isAbsolute);
    }

    /** The qualified names of the child elements, for reporting what was not imported. */
    List<String> childNames() {
        return element.getChildren().stream()
                .map(e -> FEED_NAMESPACES.contains(e.getNamespaceURI()) || e.getNamespacePrefix().isEmpty() ? e.getName()
                        : e.getNamespacePrefix() + ":" + e.getName())
                .toList();
    }
}
