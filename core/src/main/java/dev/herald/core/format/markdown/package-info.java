/**
 * Markdown articles with YAML front matter both ways: the reader, and the writer that import uses.
 */
package dev.herald.core.format.markdown;
