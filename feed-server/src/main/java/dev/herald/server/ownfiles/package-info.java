/** The site's own files (the static folder), served at the site root. */
package dev.herald.server.ownfiles;
