package dev.herald.core.io;

import dev.herald.core.feed.Generator;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Fetches a feed over http(s), following redirects, within a bound on the whole transfer: a
 * server that sends its headers and then a byte now and then is cut off when the time is up, and
 * one that sends too much when the size is. Bodies may come gzip-compressed, as feed readers ask
 * for them; the size bound holds for what they inflate to.
 */
public final class FeedFetcher {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(60);

    private final Duration totalTimeout;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public FeedFetcher() {
        this(DEFAULT_TOTAL_TIMEOUT);
    }

    /** @param totalTimeout how long the whole transfer, headers and body, may take */
    public FeedFetcher(Duration totalTimeout) {
        this.totalTimeout = totalTimeout;
    }

    /** Whether the text names an http or https URL rather than a file. */
    public static boolean isUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * The body of a 200 response, at most {@code maxBytes}.
     *
     * @throws IOException for a network failure, another status, a larger body or a transfer
     *                     that takes too long, with the URL and the reason in the message
     */
    public byte[] fetch(URI url, int maxBytes) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(totalTimeout)
                .header("User-Agent", Generator.PRODUCT)
                .header("Accept-Encoding", "gzip")
                .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9,"
                        + " application/json;q=0.9, */*;q=0.5")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request,
                info -> info.statusCode() == 200 ? LimitedBody.failingPast(maxBytes)
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            HttpResponse<byte[]> response = exchange.get(totalTimeout.toMillis(), TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                throw new IOException(url + " redirects too many times (a loop?): the last answer was HTTP " + status
                        + " to " + response.headers().firstValue("Location").get());
            }
            if (status != 200) {
                throw new IOException(url + " answered HTTP " + status);
            }
            return decoded(response, url, maxBytes);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new IOException("timed out after " + totalTimeout.toSeconds() + " s fetching " + url);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url, e);
        } catch (ExecutionException e) {
            throw new IOException(reason(e.getCause(), url, maxBytes), e.getCause());
        }
    }

    // gzip, which the request offers to take, undone within the same bound as any body
    private static byte[] decoded(HttpResponse<byte[]> response, URI url, int maxBytes) throws IOException {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "", "identity" -> {
                return response.body();
            }
            case "gzip", "x-gzip" -> {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                    byte[] bytes = in.readNBytes(maxBytes + 1);
                    if (bytes.length > maxBytes) {
                        throw new IOException(url + " is larger than " + maxBytes / (1024 * 1024) + " MiB");
                    }
                    return bytes;
                } catch (ZipException | EOFException e) {
                    throw new IOException(url + " says it is gzip-compressed but is not: " + e.getMessage());
                }
            }
            default -> throw new IOException(url + " is sent with Content-Encoding " + encoding
                    + ", which Herald does not read (it asks for gzip or none)");
        }
    }

    private String reason(Throwable failure, URI url, int maxBytes) {
        if (inChain(failure, LimitedBody.TooLarge.class)) {
            return url + " is larger than " + maxBytes / (1024 * 1024) + " MiB";
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return "connection timed out: " + url;
        }
        if (failure instanceof HttpTimeoutException) {
            return "timed out after " + totalTimeout.toSeconds() + " s fetching " + url;
        }
        // the client says an unknown host with a ConnectException around the resolver's failure
        if (inChain(failure, UnknownHostException.class) || inChain(failure, UnresolvedAddressException.class)) {
            return "unknown host " + url.getHost() + ": " + url;
        }
        if (inChain(failure, ConnectException.class)) {
            return "connection refused: " + url;
        }
        return "cannot fetch " + url + ": " + (failure.getMessage() != null ? failure.getMessage()
                : failure.getClass().getSimpleName());
    }

    private static boolean inChain(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
