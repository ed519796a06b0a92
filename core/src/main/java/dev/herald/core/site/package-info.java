/**
 * The site: its settings (herald.yaml), URL space, feed assembly, HTML pages, OPML and the static
 * builder.
 */
package dev.herald.core.site;
