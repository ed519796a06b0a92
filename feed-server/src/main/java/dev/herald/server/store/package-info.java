/**
 * Article storage in SQL through JDBC and Flyway (SQL lives only here): the store, who owns each
 * article, and the replicas' change signals.
 */
package dev.herald.server.store;
