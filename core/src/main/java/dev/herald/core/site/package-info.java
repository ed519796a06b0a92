/** Site-wide settings read from herald.yaml. */
package dev.herald.core.site;
