/** RSS 2.0 output through Rome, with content, Dublin Core, Media RSS and atom:link. */
package dev.herald.core.feed.rss;
