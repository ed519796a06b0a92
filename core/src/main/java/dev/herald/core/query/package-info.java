/** Tag slugs and tag queries that select articles for a feed. */
package dev.herald.core.query;
