package dev.herald.core.site;

/** Told how far a long task has come (files read, files written); may be called from several threads. */
@FunctionalInterface
public interface Progress {

    /** Reports nothing. */
    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} steps are complete. */
    void update(int done, int total);
}
