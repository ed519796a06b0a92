package dev.herald.server.store;

import java.util.List;

/** The index of every stored article, read together with the state it describes. */
public record StoreSnapshot(List<IndexEntry> entries, StoreState state) {
}
