/** Problems found in user input, reported as data with file, line and field. */
package dev.herald.core.problem;
