package dev.herald.core.model;

import dev.herald.core.model.Article;
import java.util.Objects;

/**
 * An article with where it was read from, so later checks (such as duplicate ids) can point there.
 *
 * @param article the article
 * @param source  the input's name
 * @param line    the line the article starts on, or 0 if unknown
 */
public record SourcedArticle(Article article, String source, int line) {

    public SourcedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
    }

    /** {@code source:line}, or the source alone when the line is unknown. */
    public String location() {
        return line > 0 ? source + ":" + line : source;
    }
}
