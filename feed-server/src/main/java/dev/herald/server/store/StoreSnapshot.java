package dev.herald.server.store;

import dev.herald.core.model.Article;
import java.util.List;

/** Every stored article, read together with the state they are the content of. */
public record StoreSnapshot(List<Article> articles, StoreState state) {
}
