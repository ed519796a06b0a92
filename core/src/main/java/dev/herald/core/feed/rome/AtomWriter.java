package dev.herald.core.feed.rome;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.herald.core.feed.EntryCache;
import dev.herald.core.feed.FeedEntry;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.ImageTypes;
import dev.herald.core.feed.SplicingFeedWriter;
import dev.herald.core.model.Article;
import dev.herald.core.model.Image;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Atom 1.0 (RFC 4287) through Rome's wire-level objects. Rome's {@code Feed} and {@code Generator}
 * are imported; Herald's own types of those names are written out in full. Rome checks no required element, so
 * every one is set here: feed and entry ids, titles, updated times, an author for each entry.
 */
public final class AtomWriter extends SplicingFeedWriter {

    /** Entries one to a line, ending the feed; an entry in a language of its own has xml:lang. */
    private static final Layout LAYOUT = new Layout("\n  ", "\n  ", "<entry", "</entry>", "\n</feed>");

    /** A writer that serializes every entry each time. */
    public AtomWriter() {
        this(null);
    }

    /** A writer that serializes an article's entry once while {@code cache} keeps it. */
    public AtomWriter(EntryCache cache) {
        super(cache);
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.ATOM;
    }

    @Override
    protected String frame(dev.herald.core.feed.Feed feed) {
        Feed atom = new Feed("atom_1.0");
        // the self URL is stable and unique per feed, and a query string makes it a different feed
        atom.setId(feed.selfUrl().toString());
        atom.setTitle(feed.title());
        if (!feed.description().isEmpty()) {
            Content subtitle = new Content();
            subtitle.setType(Content.TEXT);
            subtitle.setValue(feed.description());
            atom.setSubtitle(subtitle);
        }
        atom.setLanguage(feed.language());
        atom.setUpdated(Date.from(feed.updated()));
        Generator generator = new Generator();
        generator.setValue(dev.herald.core.feed.Generator.NAME);
        generator.setVersion(dev.herald.core.feed.Generator.VERSION);
        atom.setGenerator(generator);
        List<Link> links = new ArrayList<>();
        links.add(RomeXml.link("self", feed.selfUrl().toString(), FeedFormat.ATOM.mediaType()));
        if (feed.hubUrl() != null) {
            links.add(RomeXml.link("hub", feed.hubUrl().toString(), null));
        }
        links.addAll(RomeXml.pagingLinks(feed.paging(), FeedFormat.ATOM.mediaType()));
        atom.setOtherLinks(links);
        atom.setAlternateLinks(List.of(RomeXml.link("alternate", feed.siteUrl().toString(), "text/html")));
        Document document = RomeXml.document(atom, feed.selfUrl().toString());
        // Rome writes no xml:lang, which is how Atom states the language of a feed and of an entry
        document.getRootElement().setAttribute("lang", feed.language(), Namespace.XML_NAMESPACE);
        RomeXml.markArchive(document.getRootElement(), feed.paging());
        return RomeXml.serialize(document);
    }

    @Override
    protected String entry(Article article, SiteSettings site) {
        Feed atom = new Feed("atom_1.0");
        atom.setEntries(List.of(entry(new FeedEntry(article, site))));
        Element root = RomeXml.document(atom, article.id()).getRootElement();
        String language = article.language();
        if (language != null && !language.equals(site.language())) {
            root.getChildren("entry", root.getNamespace()).get(0).setAttribute("lang", language, Namespace.XML_NAMESPACE);
        }
        String text = RomeXml.serialize(root.getDocument());
        return text.substring(text.indexOf("<entry"), text.lastIndexOf("</entry>") + "</entry>".length());
    }

    @Override
    protected Splice splice(String frame) {
        return Splice.at(frame, LAYOUT.end(), LAYOUT.separator());
    }

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    private static Entry entry(FeedEntry entry) {
        Article article = entry.article();
        Entry atom = new Entry();
        atom.setId(entry.id());
        atom.setTitle(article.title());
        atom.setAlternateLinks(List.of(RomeXml.link("alternate", entry.link(), "text/html")));
        List<Link> enclosures = new ArrayList<>();
        Image image = entry.image();
        if (image != null && image.url() != null) {
            enclosures.add(RomeXml.link("enclosure", image.url().toString(), ImageTypes.of(image.url()).orElse(null)));
        }
        for (Enclosure media : article.enclosures()) {
            Link enclosure = RomeXml.link("enclosure", media.url().toString(), media.mediaType());
            if (media.length() > 0) {
                enclosure.setLength(media.length());
            }
            enclosures.add(enclosure);
        }
        atom.setOtherLinks(enclosures);
        atom.setPublished(Date.from(article.published()));
        atom.setUpdated(Date.from(article.lastModified()));
        atom.setAuthors(entry.authors().stream().<SyndPerson>map(AtomWriter::person).toList());
        List<Category> categories = new ArrayList<>();
        for (Tag tag : article.tags()) {
            Category category = new Category();
            category.setTerm(tag.slug());
            category.setLabel(tag.label());
            categories.add(category);
        }
        atom.setCategories(categories);
        if (!article.summary().isEmpty()) {
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(article.summary());
            atom.setSummary(summary);
        }
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(entry.contentHtml());
        atom.setContents(List.of(content));
        if (article.source() != null) {
            atom.setSource(source(article));
        }
        return atom;
    }

    private static Feed source(Article article) {
        // atom:source describes the feed an entry came from; for an agency its name and site
        Feed source = new Feed();
        source.setTitle(article.source().name());
        if (article.source().url() != null) {
            source.setAlternateLinks(List.of(RomeXml.link("alternate", article.source().url().toString(), null)));
        }
        return source;
    }

    private static Person person(Author author) {
        Person person = new Person();
        person.setName(author.name());
        person.setEmail(author.email());
        if (author.url() != null) {
            person.setUri(author.url().toString());
        }
        return person;
    }
}
