/** The server's configuration, HERALD_* variables included. */
package dev.herald.server.config;
