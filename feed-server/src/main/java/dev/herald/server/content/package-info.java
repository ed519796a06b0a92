/** The content folder loaded at start. */
package dev.herald.server.content;
