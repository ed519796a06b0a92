package dev.herald.core.format.wire;

/**
 * A line of wire copy without the white space around it, its number (from 1) and how far it was
 * indented (a tab as four spaces); a paragraph joined from several lines has its first's.
 */
record NumberedLine(String text, int number, int indent) {
}
