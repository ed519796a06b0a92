/** WebSub: advertising the hub and telling it which feeds changed. */
package dev.herald.server.websub;
