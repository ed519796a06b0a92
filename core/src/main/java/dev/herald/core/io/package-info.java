/** Input resolution and all-or-nothing output files. */
package dev.herald.core.io;
