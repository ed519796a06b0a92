/**
 * Article JSON both ways: the strict reader for input, and the codec that writes it and reads back
 * its own (the server's stored form).
 */
package dev.herald.core.format.json;
