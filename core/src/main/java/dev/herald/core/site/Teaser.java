package dev.herald.core.site;

import dev.herald.core.feed.FeedEntry;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.text.TextDirection;

/**
 * What a list page (the home page, a tag's page, an older page, a month's) shows of an article:
 * its dates, authors, title and summary, and the link to its page. The whole {@link ArticleView}
 * also resolves content, tags, image and media, which a list never shows: with every article on
 * several lists, that was a twentieth of a static build's work.
 */
public record Teaser(String published, String publishedText, String authors, String pageUrl, String title,
        String summary, String language) {

    static Teaser of(Article article, SiteSettings site) {
        FeedEntry entry = new FeedEntry(article, site);
        return new Teaser(ArticleView.machine(article.published()), ArticleView.human(article.published(), site),
                ArticleView.authorNames(entry), site.url(SitePaths.article(article.id())), article.title(),
                article.summary(), entry.language());
    }

    /** The article's text direction, {@code rtl} for Arabic, Hebrew and the like. */
    public String direction() {
        return TextDirection.of(language);
    }
}
