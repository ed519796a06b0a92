/** Immutable records for articles and site settings: no I/O and no library types. */
package dev.herald.core.model;
