/** Live feeds with tag filters and HTTP caching. */
package dev.herald.server.feed;
