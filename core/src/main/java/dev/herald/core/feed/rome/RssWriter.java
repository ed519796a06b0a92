package dev.herald.core.feed.rome;

import com.rometools.modules.atom.modules.AtomLinkModule;
import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.content.ContentModule;
import com.rometools.modules.content.ContentModuleImpl;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.rss.Source;
import dev.herald.core.feed.EntryCache;
import dev.herald.core.feed.Feed;
import dev.herald.core.feed.FeedEntry;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.Generator;
import dev.herald.core.feed.SplicingFeedWriter;
import dev.herald.core.model.Article;
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
import org.jsoup.nodes.Entities;

/**
 * RSS 2.0 with {@code content:encoded}, {@code dc:creator}, Media RSS and {@code atom:link}, built
 * from Rome's wire-level objects (its generic Synd objects add a {@code dc:date} beside
 * {@code pubDate}, which validators flag as duplicate).
 */
public final class RssWriter extends SplicingFeedWriter {

    /** Items one to a line inside the channel, which they end; each begins with its title (every article has one). */
    private static final Layout LAYOUT = new Layout("\n    ", "\n    ", "<item>\n      <title>", "</item>", "\n  </channel>");

    private static final Namespace DCTERMS = Namespace.getNamespace("dcterms", "http://purl.org/dc/terms/");
    /** The namespaces of the modules an item may carry: content, Dublin Core and Media RSS. */
    private static final List<Namespace> ITEM_NAMESPACES = List.of(
            Namespace.getNamespace("content", ContentModule.URI),
            Namespace.getNamespace("dc", DCModule.URI),
            Namespace.getNamespace("media", MediaEntryModuleImpl.URI));

    /** A writer that serializes every item each time. */
    public RssWriter() {
        this(null);
    }

    /** A writer that serializes an article's item once while {@code cache} keeps it. */
    public RssWriter(EntryCache cache) {
        super(cache);
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.RSS;
    }

    @Override
    protected String frame(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(feed.title());
        channel.setLink(feed.siteUrl().toString());
        // RSS requires a description; the title is the most honest stand-in. Readers treat it as
        // HTML, as they do an item's: plain text is escaped once more, or "<script>" would be markup
        channel.setDescription(Entities.escape(feed.description().isEmpty() ? feed.title() : feed.description()));
        channel.setLanguage(feed.language());
        if (!feed.articles().isEmpty()) {
            // optional in RSS: an empty channel's (the epoch) would tell readers it was built in 1970
            channel.setLastBuildDate(Date.from(feed.updated()));
        }
        channel.setGenerator(Generator.NAME + " " + Generator.VERSION);
        channel.setDocs("https://www.rssboard.org/rss-specification");
        channel.setModules(List.of(channelLinks(feed)));
        Document document = RomeXml.document(channel, feed.selfUrl().toString());
        Element root = document.getRootElement();
        // items are serialized apart, in documents whose root declares their modules' prefixes:
        // this one must declare them all, whichever its items use
        for (Namespace namespace : ITEM_NAMESPACES) {
            root.addNamespaceDeclaration(namespace);
        }
        RomeXml.markArchive(root.getChild("channel", root.getNamespace()), feed.paging());
        return RomeXml.serialize(document);
    }

    @Override
    protected String entry(Article article, SiteSettings site) {
        // Rome asks every channel for these three; only the item is kept
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(article.id());
        channel.setLink(site.baseUrl().toString());
        channel.setDescription(article.id());
        channel.setItems(List.of(item(new FeedEntry(article, site))));
        String text = RomeXml.serialize(RomeXml.document(channel, article.id()));
        return text.substring(text.indexOf("<item>"), text.lastIndexOf("</item>") + "</item>".length());
    }

    @Override
    protected Splice splice(String frame) {
        return Splice.at(frame, LAYOUT.end(), LAYOUT.separator());
    }

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    private static Module channelLinks(Feed feed) {
        AtomLinkModule links = new AtomLinkModuleImpl();
        List<Link> list = new ArrayList<>();
        list.add(RomeXml.link("self", feed.selfUrl().toString(), FeedFormat.RSS.mediaType()));
        if (feed.hubUrl() != null) {
            list.add(RomeXml.link("hub", feed.hubUrl().toString(), null));
        }
        list.addAll(RomeXml.pagingLinks(feed.paging(), FeedFormat.RSS.mediaType()));
        links.setLinks(list);
        return links;
    }


    private static Item item(FeedEntry entry) {
        Article article = entry.article();
        Item item = new Item();
        item.setTitle(article.title());
        item.setLink(entry.link());
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue(entry.id());
        item.setGuid(guid);
        item.setPubDate(Date.from(article.published()));
        if (!article.summary().isEmpty()) {
            Description description = new Description();
            description.setValue(entry.summaryAsHtml());
            item.setDescription(description);
        }
        List<Category> categories = new ArrayList<>();
        for (Tag tag : article.tags()) {
            Category category = new Category();
            category.setValue(tag.label());
            categories.add(category);
        }
        item.setCategories(categories);
        if (article.source() != null && article.source().url() != null) {
            // RSS <source> requires a url attribute; without one the name goes to dc:source
            Source source = new Source();
            source.setUrl(article.source().url().toString());
            source.setValue(article.source().name());
            item.setSource(source);
        }
        if (!article.enclosures().isEmpty()) {
            // RSS 2.0 gives an item one enclosure (the RSS Board's profile); Atom and JSON Feed carry them all
            Enclosure media = article.enclosures().get(0);
            com.rometools.rome.feed.rss.Enclosure enclosure = new com.rometools.rome.feed.rss.Enclosure();
            enclosure.setUrl(media.url().toString());
            enclosure.setType(media.mediaType());
            enclosure.setLength(media.length());
            item.setEnclosures(List.of(enclosure));
        }
        List<Module> modules = new ArrayList<>();
        modules.add(dublinCore(entry));
        String html = entry.contentHtml(); // made once: it resolves the body's URLs and adds the figure
        if (!html.isEmpty()) {
            modules.add(content(html));
        }
        if (entry.image() != null) {
            modules.add(MediaRss.of(entry.image()));
        }
        item.setModules(modules);
        if (article.updated() != null) {
            // RSS has no updated date; dcterms:modified is the one validators and readers know
            Element modified = new Element("modified", DCTERMS);
            modified.setText(article.updated().toString());
            item.setForeignMarkup(List.of(modified));
        }
        return item;
    }

    private static Module dublinCore(FeedEntry entry) {
        DCModule dc = new DCModuleImpl();
        dc.setCreators(entry.authors().stream().map(Author::name).toList());
        Article article = entry.article();
        if (article.source() != null && article.source().url() == null) {
            dc.setSource(article.source().name());
        }
        if (article.language() != null && !article.language().equals(entry.feedLanguage())) {
            // RSS items have no language of their own
            dc.setLanguage(article.language());
        }
        return dc;
    }

    private static Module content(String html) {
        ContentModule content = new ContentModuleImpl();
        // Rome writes content:encoded as one CDATA section, which "]]>" would end early. jsoup
        // escapes ">" in text, so it can only occur in an attribute, where "&gt;" means the same.
        content.setEncodeds(List.of(html.replace("]]>", "]]&gt;")));
        return content;
    }
}
