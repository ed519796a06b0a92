/** JSON Feed 1.1 output with Jackson's streaming generator. */
package dev.herald.core.feed.json;
