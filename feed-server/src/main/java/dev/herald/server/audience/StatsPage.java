package dev.herald.server.audience;

import dev.herald.core.feed.FeedFormat;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.site.SitePaths;
import dev.herald.server.audience.AudienceSnapshot.FeedAudience;
import dev.herald.server.audience.AudienceSnapshot.FormatAudience;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code /stats} page: every feed's subscribers per source and format, and its thirty days as an SVG chart. */
@ApplicationScoped
public class StatsPage {

    private static final String TEMPLATE = "dev/herald/server/audience/stats.html";
    private static final Variant HTML = new Variant(Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML);

    private final SiteSettings site;
    private final Template template;

    public StatsPage(SiteSettings site) {
        this.site = site;
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).addLocator(StatsPage::locate).build();
        this.template = engine.getTemplate(TEMPLATE);
    }

    public record Page(String language, String siteTitle, String homeUrl, String stylesheetUrl, String today,
            List<FeedView> feeds) {
    }

    public record FeedView(int index, String feed, String url, int subscribers, List<String> formats, List<Row> rows,
            StatsChart chart) {
    }

    /** A source's subscribers in each of the feed's formats, and in all. */
    public record Row(String source, List<Integer> counts, int total) {
    }

    public String render(AudienceSnapshot snapshot) {
        List<FeedView> feeds = new ArrayList<>();
        for (FeedAudience feed : snapshot.feeds()) {
            feeds.add(view(feeds.size() + 1, feed));
        }
        Page page = new Page(site.language(), site.title(), site.url(SitePaths.INDEX), site.url(SitePaths.STYLESHEET),
                snapshot.today().toString(), feeds);
        return template.data("page", page).render();
    }

    private FeedView view(int index, FeedAudience feed) {
        List<String> formats = new ArrayList<>(feed.formats().keySet());
        List<Row> rows = new ArrayList<>();
        for (String source : feed.sources().keySet()) {
            List<Integer> counts = new ArrayList<>();
            for (String format : formats) {
                counts.add(feed.formats().get(format).sources().getOrDefault(source, 0));
            }
            rows.add(new Row(source, counts, feed.sources().get(source)));
        }
        List<Integer> totals = formats.stream().map(format -> feed.formats().get(format)).map(FormatAudience::subscribers)
                .toList();
        rows.add(new Row("all sources", totals, feed.subscribers()));
        return new FeedView(index, feed.feed(), url(feed.feed(), formats), feed.subscribers(), formats, rows,
                StatsChart.of(feed.days()));
    }

    // the feed in its first counted format: the folder, the file name, then any query
    private String url(String feed, List<String> formats) {
        FeedFormat format = formats.stream().map(FeedFormat::ofCliName).flatMap(Optional::stream).findFirst()
                .orElse(FeedFormat.ATOM);
        int question = feed.indexOf('?');
        String folder = question < 0 ? feed : feed.substring(0, question);
        String query = question < 0 ? "" : feed.substring(question);
        return site.url(folder + format.fileName() + query);
    }

    private static Optional<TemplateLocation> locate(String id) {
        if (!id.equals(TEMPLATE)) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocation() {
            @Override
            public Reader read() {
                return new InputStreamReader(StatsPage.class.getClassLoader().getResourceAsStream(TEMPLATE),
                        StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(HTML);
            }
        });
    }
}
