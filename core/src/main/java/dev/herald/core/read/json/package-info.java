/** Strict reading of article JSON, one article or an array. */
package dev.herald.core.read.json;
