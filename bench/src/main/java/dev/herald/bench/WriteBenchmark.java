package dev.herald.bench;

import dev.herald.core.feed.Feed;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.FeedWriter;
import dev.herald.core.feed.writers.FeedWriters;
import dev.herald.core.io.InputResolver;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.query.TagQuery;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.ReadResult;
import dev.herald.core.site.FeedRequest;
import dev.herald.core.site.SiteFeeds;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Feeds written per second, for each format, with 50 and 10,000 items; articles per second is
 * that score times {@code items}. Output goes to a counting sink, so disks do not interfere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class WriteBenchmark {

    @Param({"RSS", "ATOM", "JSON"})
    public FeedFormat format;

    @Param({"50", "10000"})
    public int items;

    private Feed feed;
    private FeedWriter writer;

    @Setup
    public void readArticles() throws IOException {
        SiteSettings site = SiteSettings.defaults();
        Path folder = SampleArticles.folder("md", 200);
        ArticleReader reader = ArticleReader.forSite(site);
        List<Article> base = new ArrayList<>();
        for (Path file : InputResolver.articleFiles(folder)) {
            ReadResult result = reader.read(file);
            base.addAll(result.articleList());
        }
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            Article a = base.get(i % base.size());
            articles.add(a.withId(a.id() + "-" + i));
        }
        feed = SiteFeeds.withoutHub(site).feed(FeedRequest.main(format, items),
                articles.stream().sorted(TagQuery.NEWEST_FIRST).toList());
        writer = FeedWriters.of(format);
    }

    @Benchmark
    public long writeFeed() throws IOException {
        CountingSink sink = new CountingSink();
        writer.write(feed, sink);
        return sink.count;
    }

    /** Counts bytes and drops them. */
    static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
