package dev.herald.core.read.binding;

import java.time.Instant;
import java.util.Objects;

/**
 * One decoded input ready for a format reader.
 *
 * @param name        how problems name it: a path as given, or {@code -}
 * @param text        the whole text, decoded from UTF-8, without a byte order mark
 * @param idFromName  the id slug of the file name (possibly empty), or null when there is no file
 * @param modified    the file's modification time, or null when there is no file
 * @param sidecar     the wire-copy sidecar {@code NAME.meta.yaml}, or null if there is none
 */
public record InputDocument(String name, String text, String idFromName, Instant modified, InputDocument sidecar) {

    public InputDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
