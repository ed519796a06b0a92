/** JMH benchmarks of Herald core: reading each input format and writing each feed format. */
package dev.herald.bench;
