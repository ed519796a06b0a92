/** Text transformations: Markdown to HTML, HTML sanitizing, summaries and XML-safe characters. */
package dev.herald.core.text;
