/**
 * Internal to core: the plumbing every article format shares (located JSON and YAML trees, typed
 * field values, the binder that turns keys into an article and reports every problem). Only
 * core's readers use it; an architecture test keeps the CLI and the server out.
 */
package dev.herald.core.read.binding;
