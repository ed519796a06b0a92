/** Markdown articles with YAML front matter. */
package dev.herald.core.read.markdown;
