/** Import of existing RSS and Atom feeds through Rome (Rome parsing lives only here). */
package dev.herald.core.read.feed;
