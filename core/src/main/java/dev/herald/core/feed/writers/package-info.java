/**
 * The writer of each feed format, chosen by format: the one place that knows every implementation.
 */
package dev.herald.core.feed.writers;
