/** Immutable records for articles, their parts and site settings: no I/O and no library types. */
package dev.herald.core.model;
