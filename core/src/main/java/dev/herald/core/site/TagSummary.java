package dev.herald.core.site;

import dev.herald.core.model.SiteSettings;
import dev.herald.core.site.ArticleView.TagLink;

/** A tag in a list: label, count, and the links to its page and feeds. */
public record TagSummary(String label, String slug, int count, String url, String rssUrl, String atomUrl, String jsonUrl) {

    static TagSummary of(TagCount tagCount, SiteSettings site) {
        TagLink link = TagLink.of(tagCount.tag().label(), tagCount.tag().slug(), site);
        return new TagSummary(link.label(), link.slug(), tagCount.count(), link.url(), link.rssUrl(), link.atomUrl(),
                link.jsonUrl());
    }
}
