/**
 * Reading article files: the format picked by extension, problems collected, ids and tag slugs
 * checked across files.
 */
package dev.herald.core.read;
