/** Feed formats and the writer contract shared by RSS, Atom and JSON Feed. */
package dev.herald.core.feed;
