/**
 * Files in and out: input resolution, all-or-nothing output files and folders (and which folders a
 * build may replace), bounded feed fetching.
 */
package dev.herald.core.io;
