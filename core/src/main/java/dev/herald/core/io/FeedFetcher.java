package dev.herald.core.io;

import dev.herald.core.feed.Generator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches a feed over http(s), with time and size limits, following redirects. */
public final class FeedFetcher {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** Whether the text names an http or https URL rather than a file. */
    public static boolean isUrl(String text) {
        return text.startsWith("http://") || text.startsWith("https://");
    }

    /**
     * The body of a 200 response, at most {@code maxBytes}.
     *
     * @throws IOException for a network failure, another status, or a larger body, with the URL in the message
     */
    public byte[] fetch(URI url, int maxBytes) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("User-Agent", Generator.NAME + "/" + Generator.VERSION)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException(url + " answered HTTP " + response.statusCode());
                }
                return readAtMost(body, maxBytes, url);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url, e);
        }
    }

    private static byte[] readAtMost(InputStream in, int maxBytes, URI url) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            if (out.size() > maxBytes) {
                throw new IOException(url + " is larger than " + maxBytes / (1024 * 1024) + " MiB");
            }
        }
        return out.toByteArray();
    }
}
