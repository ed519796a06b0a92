package dev.herald.server.store;

import java.util.List;

/** The ids written or deleted since some revision, up to {@code state} (see {@link ArticleStore#changesSince}). */
public record StoreChanges(List<String> ids, StoreState state) {
}
