/** Atom 1.0 output through Rome. */
package dev.herald.core.feed.atom;
