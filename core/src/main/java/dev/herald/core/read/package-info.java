/** Reading article files of every input format into the model, collecting problems. */
package dev.herald.core.read;
