/**
 * RSS 2.0 and Atom 1.0 output through Rome, its wire-level objects and JDOM kept inside this
 * package: RSS with content, Dublin Core, Media RSS and atom:link; Atom with enclosures.
 */
package dev.herald.core.feed.rome;
