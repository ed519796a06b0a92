/**
 * Errors as application/problem+json: the exception mappers, and the guard that turns away
 * malformed, oversized and over-long requests first.
 */
package dev.herald.server.problem;
