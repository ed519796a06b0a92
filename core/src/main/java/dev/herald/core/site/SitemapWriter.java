package dev.herald.core.site;

import dev.herald.core.HeraldException;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Sitemaps for search engines: the sitemaps.org protocol 0.9 (a {@code urlset}, or a
 * {@code sitemapindex} of parts when one file would pass the protocol's limits) and Google News
 * sitemaps. Dates are W3C date-times in UTC, to the second. Thread-safe.
 */
public final class SitemapWriter {

    /** The protocol's limits for one sitemap file. */
    public static final int MAX_URLS = 50_000;
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** Google News reads at most this many articles from a news sitemap. */
    public static final int MAX_NEWS_ARTICLES = 1_000;

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    /** Bytes a file takes besides its entries (declaration, root element), with room to spare. */
    private static final int FILE_OVERHEAD = 512;
    /** Bytes an entry takes besides its escaped location (tags, indents, the date). */
    private static final int ENTRY_OVERHEAD = 96;

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    /** A page to list: its absolute URL and when it last changed (null if unknown). */
    public record Url(String loc, Instant lastModified) {
    }

    /**
     * The URLs split into parts that each fit one sitemap file, in order: one part when they all
     * fit, so the caller writes a {@code urlset}; else a {@code sitemapindex} of the parts.
     */
    public static List<List<Url>> parts(List<Url> urls) {
        List<List<Url>> parts = new ArrayList<>();
        List<Url> part = new ArrayList<>();
        long bytes = FILE_OVERHEAD;
        for (Url url : urls) {
            long size = escapedLength(url.loc()) + ENTRY_OVERHEAD;
            if (!part.isEmpty() && (part.size() == MAX_URLS || bytes + size > MAX_BYTES)) {
                parts.add(part);
                part = new ArrayList<>();
                bytes = FILE_OVERHEAD;
            }
            part.add(url);
            bytes += size;
        }
        parts.add(part);
        return parts;
    }

    /** A {@code urlset} of these URLs, which must fit one file (see {@link #parts}). */
    public void urlset(List<Url> urls, OutputStream out) throws IOException {
        list("urlset", "url", urls, out);
    }

    /** A {@code sitemapindex} naming each part's sitemap, with the newest change in it. */
    public void index(List<Url> sitemaps, OutputStream out) throws IOException {
        list("sitemapindex", "sitemap", sitemaps, out);
    }

    private void list(String root, String entry, List<Url> urls, OutputStream out) throws IOException {
        write(out, xml -> {
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (Url url : urls) {
                entry(xml, entry, url);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    /**
     * A Google News sitemap of these articles (newest first, at most {@link #MAX_NEWS_ARTICLES}):
     * each page with the publication's name and language, its title and publication date.
     */
    public void news(SiteSettings site, List<Article> articles, OutputStream out) throws IOException {
        write(out, xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (Article article : articles.subList(0, Math.min(MAX_NEWS_ARTICLES, articles.size()))) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                element(xml, "\n    ", null, "loc", site.url(SitePaths.article(article.id())));
                xml.writeCharacters("\n    ");
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeCharacters("\n      ");
                xml.writeStartElement("news", "publication", NEWS_NS);
                element(xml, "\n        ", NEWS_NS, "name", site.title());
                element(xml, "\n        ", NEWS_NS, "language",
                        newsLanguage(article.language() != null ? article.language() : site.language()));
                xml.writeCharacters("\n      ");
                xml.writeEndElement();
                element(xml, "\n      ", NEWS_NS, "publication_date", w3c(article.published()));
                element(xml, "\n      ", NEWS_NS, "title", article.title());
                xml.writeCharacters("\n    ");
                xml.writeEndElement();
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    /**
     * The language as Google News names it: the ISO 639 code alone, but {@code zh-cn} and
     * {@code zh-tw} for the two written forms of Chinese.
     */
    static String newsLanguage(String bcp47) {
        Locale locale = Locale.forLanguageTag(bcp47);
        String language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        if (language.equals("zh")) {
            boolean traditional = locale.getScript().equals("Hant")
                    || List.of("TW", "HK", "MO").contains(locale.getCountry());
            return traditional ? "zh-tw" : "zh-cn";
        }
        return language;
    }

    private static void entry(XMLStreamWriter xml, String name, Url url) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(name);
        element(xml, "\n    ", null, "loc", url.loc());
        if (url.lastModified() != null) {
            element(xml, "\n    ", null, "lastmod", w3c(url.lastModified()));
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String indent, String namespace, String name, String text)
            throws XMLStreamException {
        xml.writeCharacters(indent);
        if (namespace == null) {
            xml.writeStartElement(name);
        } else {
            xml.writeStartElement("news", name, namespace);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String w3c(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static long escapedLength(String text) {
        long length = text.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // &amp; &lt; &gt; &quot; &apos; are at most five bytes longer than the character
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                length += 5;
            }
        }
        return length;
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private void write(OutputStream out, Body body) throws IOException {
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new HeraldException("cannot write a sitemap", e);
        }
    }
}
