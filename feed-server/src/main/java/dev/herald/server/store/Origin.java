package dev.herald.server.store;

import java.util.Locale;

/** Who wrote an article, and so who alone may change or delete it. */
public enum Origin {
    /** The write API, {@code /api/articles}. */
    API,
    /** A file of the content folder, {@code HERALD_CONTENT_DIR}. */
    FOLDER;

    /** The value of the store's {@code origin} column. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
