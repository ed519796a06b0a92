/**
 * The write API: articles and tags as JSON, behind bearer tokens, bodies read strictly and within
 * limits.
 */
package dev.herald.server.api;
