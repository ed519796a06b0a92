/**
 * Plain-text wire copy as pasted from a news site, with an optional YAML sidecar and suggested
 * tags.
 */
package dev.herald.core.format.wire;
