/** Herald's live feed server on Quarkus. */
package dev.herald.server;
