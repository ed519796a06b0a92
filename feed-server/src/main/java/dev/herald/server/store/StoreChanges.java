package dev.herald.server.store;

import java.util.List;

/** The ids other processes wrote or deleted since some revision, up to {@code state}. */
public record StoreChanges(List<String> ids, StoreState state) {
}
