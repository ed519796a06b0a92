/**
 * The server's configuration: HERALD_* variables, the database chosen at start, the connection
 * cap.
 */
package dev.herald.server.config;
