/** Herald's core: articles in, feeds out, with no server or command-line framework. */
package dev.herald.core;
