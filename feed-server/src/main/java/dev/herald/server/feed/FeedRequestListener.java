package dev.herald.server.feed;

/**
 * Told of every current feed answered with 200 or 304, from the cache or rendered, as the answer
 * goes out (subscriber counting listens). Must be cheap and never block: it runs on the I/O thread.
 */
public interface FeedRequestListener {

    /**
     * @param rawQuery the query string as sent, or null
     * @param address  the client's address, or null
     * @param agent    its {@code User-Agent}, or null
     */
    void answered(String path, String rawQuery, String address, String agent);
}
