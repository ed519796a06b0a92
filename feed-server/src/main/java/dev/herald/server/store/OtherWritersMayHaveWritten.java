package dev.herald.server.store;

/**
 * Fired when other processes sharing the store may have written to it: a PostgreSQL notification
 * came, or the periodic safety check is due. Observers look at what changed since they last did.
 */
public record OtherWritersMayHaveWritten() {
}
