package dev.herald.cli;

import dev.herald.core.HeraldException;
import dev.herald.core.format.markdown.MarkdownArticleWriter;
import dev.herald.core.io.AtomicOutput;
import dev.herald.core.io.FeedFetcher;
import dev.herald.core.io.OutputFolders;
import dev.herald.core.problem.Problem;
import dev.herald.core.read.LimitedReads;
import dev.herald.core.read.feed.FeedDiscovery;
import dev.herald.core.read.feed.FeedImporter.ImportedArticle;
import dev.herald.core.read.feed.FeedImporter;
import dev.herald.core.text.Counts;
import dev.herald.core.text.WrittenUrls;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code herald import}: an existing RSS, Atom or JSON Feed, or a site's export, to Markdown article
 * files. An entry keeps its id across imports, and a file is only ever replaced by the entry it was
 * imported from.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports an RSS, Atom or JSON Feed (a file or an http(s) URL), an export of",
                "WordPress, Blogger, Ghost, Substack, beehiiv or Medium, or a Jekyll or Hugo",
                "site's folder, as one .md article per entry.",
                "Importing again updates the files each entry wrote; other files are never replaced unless --force.",
                "Entries with problems are reported and skipped; the exit code is then 1."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    /** The pseudo-scheme some sites and browsers put before a feed's http(s) URL. */
    private static final String FEED_SCHEME = "feed:";

    /** A URL of a scheme other than http(s) ({@code ftp://}), not a file name. */
    private static final Pattern OTHER_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");

    @Parameters(index = "0", paramLabel = "FEED_OR_URL_OR_FOLDER",
            description = "Feed or export file, http(s) URL, or a Jekyll or Hugo site's folder.")
    String feed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the article files ({id}.md).")
    Path out;

    @Option(names = "--published", paramLabel = "DATE", converter = ReadOptions.DateConverter.class,
            description = "Date for entries without one when the feed has none either (default: such entries are skipped).")
    Instant published;

    @Option(names = "--force", description = "Replace existing files that were not imported from the same entry.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        OutputFolders.builtSiteHolding(out).ifPresent(site -> {
            throw new ParameterException(spec.commandLine(), "refusing --out: " + out + " is in the site Herald built at "
                    + site + " (it has a " + OutputFolders.MARKER + " file), a build's output, where no article is read:"
                    + " import into the articles' folder; nothing was changed");
        });
        PrintWriter err = spec.commandLine().getErr();
        boolean folder = !FeedFetcher.isUrl(fetchable(feed)) && Files.isDirectory(Path.of(feed));
        if (folder) {
            OutputFolders.importRefusal(out, Path.of(feed)).ifPresent(why -> {
                throw new ParameterException(spec.commandLine(), "refusing --out: " + why + "; nothing was changed");
            });
        }
        FeedImporter.Import imported = folder ? new FeedImporter().importSiteFolder(Path.of(feed), published)
                : importFeed(err);
        return write(imported, err);
    }

    private FeedImporter.Import importFeed(PrintWriter err) throws IOException {
        String source = feed;
        byte[] xml = read(feed);
        String page = fetchable(feed);
        Optional<String> advertised = FeedFetcher.isUrl(page) && FeedDiscovery.isHtmlPage(xml)
                ? FeedDiscovery.advertisedFeed(xml, page) : Optional.empty();
        if (advertised.isPresent()) {
            // a site's address for its feed's, as a reader takes it
            source = advertised.get();
            err.println("herald: " + feed + " is a web page; importing the feed it names, " + source);
            xml = read(source);
        }
        return new FeedImporter().importFeed(source, xml, published);
    }

    private int write(FeedImporter.Import imported, PrintWriter err) throws IOException {
        imported.problems().forEach(err::println);
        MarkdownArticleWriter writer = new MarkdownArticleWriter();
        List<String> refused = new ArrayList<>();
        int written = 0;
        for (ImportedArticle entry : imported.articles()) {
            String text = writer.importedFile(entry.article(), entry.entry());
            Path file = out.resolve(entry.article().id() + ".md");
            Optional<String> owner = owner(file);
            if (owner.isPresent() && !owner.get().equals(entry.entry()) && !force) {
                refused.add(file.toString());
                err.println(feed + ": " + file + " exists and was not imported from entry \"" + entry.entry()
                        + "\"; left as it is (--force replaces it)");
                continue;
            }
            if (owner.isPresent() && !force && MarkdownArticleWriter.editedSinceImported(Files.readString(file))) {
                // an editor's correction outranks the wire's next version: a person decides
                refused.add(file.toString());
                err.println(feed + ": " + file + " was edited since it was imported from entry \"" + entry.entry()
                        + "\"; left as it is (--force replaces it)");
                continue;
            }
            try {
                AtomicOutput.write(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
                written++;
            } catch (IOException e) {
                throw new HeraldException("cannot write " + file, e);
            }
        }
        err.println("herald: imported " + Counts.of(written, "article", "articles") + " into " + out
                + (refused.isEmpty() ? "" : "; " + refused.size() + " left as they were"));
        boolean errors = imported.problems().stream().anyMatch(Problem::isError) || !refused.isEmpty();
        return errors ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }

    // the web address to fetch for a feed: URL, which names one; anything else as it is
    private static String fetchable(String address) {
        return address.regionMatches(true, 0, FEED_SCHEME, 0, FEED_SCHEME.length()) ? webUrl(address) : address;
    }

    // feed://news.example.org/rss is http://news.example.org/rss; feed:https://… is the URL after "feed:"
    private static String webUrl(String feedUrl) {
        String rest = feedUrl.substring(FEED_SCHEME.length());
        return rest.startsWith("//") ? "http:" + rest : rest;
    }

    /**
     * Who a file that is there belongs to: the entry it says it was imported from, or "" for a file
     * that came from elsewhere; empty when there is no file.
     */
    private static Optional<String> owner(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of("");
        }
        try {
            return Optional.of(MarkdownArticleWriter.importedFrom(Files.readString(file)).orElse(""));
        } catch (java.nio.charset.MalformedInputException e) {
            return Optional.of(""); // not even text: certainly not ours
        }
    }

    private byte[] read(String address) throws IOException {
        String url = fetchable(address);
        if (FeedFetcher.isUrl(url)) {
            return new FeedFetcher().fetch(URI.create(WrittenUrls.encoded(url)), FeedImporter.MAX_FEED_BYTES);
        }
        if (OTHER_SCHEME.matcher(address).find()) {
            throw new ParameterException(spec.commandLine(), "cannot fetch " + address + ": only http and https URLs"
                    + " are fetched; for a file, give its path");
        }
        // a pipe (herald import <(curl …)) or a device has no size to check first
        return LimitedReads.read(Path.of(address), FeedImporter.MAX_FILE_BYTES).orElseThrow(() -> new HeraldException(
                address + " is larger than " + FeedImporter.MAX_FILE_BYTES / (1024 * 1024) + " MiB: export the site in"
                        + " parts (WordPress's Tools › Export takes a range of dates)"));
    }
}
