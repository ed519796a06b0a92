/** Plain-text wire copy as pasted from a news site, with an optional YAML sidecar. */
package dev.herald.core.read.wire;
