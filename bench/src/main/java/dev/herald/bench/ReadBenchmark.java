package dev.herald.bench;

import dev.herald.core.io.InputResolver;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ArticleReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Articles read per second, for each input format: one operation is one article file. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ReadBenchmark {

    private static final int FILES = 500;

    @Param({"md", "json", "txt"})
    public String format;

    private List<Path> files;
    private ArticleReader reader;

    @Setup
    public void writeFiles() throws IOException {
        files = InputResolver.articleFiles(SampleArticles.folder(format, FILES));
        reader = ArticleReader.forSite(SiteSettings.defaults());
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public void readArticles(Blackhole blackhole) {
        for (Path file : files) {
            blackhole.consume(reader.read(file));
        }
    }
}
