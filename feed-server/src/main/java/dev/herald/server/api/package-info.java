/** The write API: articles and tags as JSON, behind bearer tokens. */
package dev.herald.server.api;
