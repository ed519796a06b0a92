package dev.herald.core.model;

/**
 * An article as a key that tells articles apart by identity: a build's caches keep what they made
 * for one article object, and an article's own hash code reads its whole text.
 */
public record ArticleIdentity(Article article) {

    @Override
    public boolean equals(Object other) {
        return other instanceof ArticleIdentity identity && identity.article == article;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(article);
    }
}
