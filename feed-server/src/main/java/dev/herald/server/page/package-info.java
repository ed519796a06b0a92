/** HTML pages, OPML and the stylesheet, rendered by core's templates. */
package dev.herald.server.page;
