/**
 * The articles feeds are made from, in step with the store: the in-memory index, the most recent
 * whole articles, write coordination and change events, and the start-up that loads them.
 */
package dev.herald.server.catalog;
