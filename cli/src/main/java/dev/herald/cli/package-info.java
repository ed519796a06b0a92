/** The {@code herald} command line: picocli commands over core's readers and writers. */
package dev.herald.cli;
