/**
 * Text: Markdown to HTML and back, HTML sanitizing, summaries, XML-safe and plain one-line text,
 * date-times.
 */
package dev.herald.core.text;
