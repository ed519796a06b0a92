/** Article storage in SQL; SQL lives only here. */
package dev.herald.server.store;
