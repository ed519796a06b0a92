/** Errors as application/problem+json. */
package dev.herald.server.problem;
