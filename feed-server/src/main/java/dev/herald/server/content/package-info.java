/**
 * The content folder: loaded at start, then followed (change notices, full looks, files held back
 * while written), its articles owned by it.
 */
package dev.herald.server.content;
