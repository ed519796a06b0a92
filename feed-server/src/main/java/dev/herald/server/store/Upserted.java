package dev.herald.server.store;

import java.util.List;

/**
 * What a store write did with each article.
 *
 * @param replaced ids that replaced an article of the same owner
 * @param refused  ids left as they were because the other owner has them
 */
public record Upserted(List<String> replaced, List<String> refused) {

    public Upserted {
        replaced = List.copyOf(replaced);
        refused = List.copyOf(refused);
    }
}
