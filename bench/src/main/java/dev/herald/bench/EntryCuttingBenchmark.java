package dev.herald.bench;

import dev.herald.core.feed.Feed;
import dev.herald.core.feed.FeedFormat;
import dev.herald.core.feed.SplicingFeedWriter;
import dev.herald.core.feed.writers.FeedWriters;
import dev.herald.core.io.InputResolver;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.query.TagQuery;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.site.FeedRequest;
import dev.herald.core.site.SiteFeeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * Old feed documents of 50 entries cut into their entries per second, for each format: what an
 * old article's removal does to every later archive document. Run on the quick compiler only
 * (C1), as a rebuild runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:TieredStopAtLevel=1"})
public class EntryCuttingBenchmark {

    @Param({"RSS", "ATOM", "JSON"})
    public FeedFormat format;

    private SplicingFeedWriter writer;
    private byte[] document;

    @Setup
    public void writeDocument() throws IOException {
        SiteSettings site = SiteSettings.defaults();
        ArticleReader reader = ArticleReader.forSite(site);
        List<Article> articles = new ArrayList<>();
        for (Path file : InputResolver.articleFiles(SampleArticles.folder("md", 50))) {
            articles.addAll(reader.read(file).articleList());
        }
        Feed feed = SiteFeeds.withoutHub(site).feed(FeedRequest.main(format, articles.size()),
                articles.stream().sorted(TagQuery.NEWEST_FIRST).toList());
        writer = FeedWriters.splicing(0).get(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(feed, out);
        document = out.toByteArray();
        int found = writer.entriesIn(document).size();
        if (found != articles.size()) {
            throw new IllegalStateException(found + " entries found in a document of " + articles.size());
        }
    }

    @Benchmark
    public int cutDocument() {
        return writer.entriesIn(document).size();
    }
}
