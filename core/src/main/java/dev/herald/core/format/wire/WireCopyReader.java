package dev.herald.core.format.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.core.format.wire.WireCopy.Block;
import dev.herald.core.model.SourcedArticle;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problems;
import dev.herald.core.read.binding.ArticleBinder;
import dev.herald.core.read.binding.ArticleDefaults;
import dev.herald.core.read.binding.Field;
import dev.herald.core.read.binding.FieldMap;
import dev.herald.core.read.binding.FormatReader;
import dev.herald.core.read.binding.InputDocument;
import dev.herald.core.read.binding.YamlObjects;
import dev.herald.core.text.Summaries;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/**
 * Wire copy: caption line with credit, headline, lede, headings and paragraphs, parsed by
 * {@link WireCopyParser}. Keys the text cannot give ({@code published}, {@code tags}, {@code id},
 * {@code source}, an image URL…) come from the sidecar {@code NAME.meta.yaml}, which may set any
 * article key and wins over the text. Without a date the file's modification time is used, with
 * a warning; without tags, tags are suggested from the text.
 */
public final class WireCopyReader implements FormatReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ArticleBinder binder;
    private final YamlObjects yaml;
    private final List<Tag> vocabulary;
    private final Instant defaultPublished;
    private final WireCopyParser parser = new WireCopyParser();
    private final String siteLanguage;
    private final TagSuggester suggester = new TagSuggester();

    /**
     * @param vocabulary       the site's tags to suggest from, possibly empty
     * @param siteLanguage     the site's language, the stories' unless a sidecar says otherwise
     * @param defaultPublished publication time for copy without a date (a CLI option), or null
     *                         to use the file's modification time
     */
    public WireCopyReader(ArticleBinder binder, YamlObjects yaml, List<Tag> vocabulary, String siteLanguage,
            Instant defaultPublished) {
        this.binder = binder;
        this.yaml = yaml;
        this.vocabulary = List.copyOf(vocabulary);
        this.siteLanguage = siteLanguage;
        this.defaultPublished = defaultPublished;
    }

    @Override
    public List<SourcedArticle> read(InputDocument document, Problems problems) {
        Optional<WireCopy> parsed = parser.parse(document.text());
        if (parsed.isEmpty()) {
            problems.error(0, null, "no headline: wire copy needs at least a headline line");
            return List.of();
        }
        WireCopy copy = parsed.get();
        int mark = problems.size();
        copy.notes().forEach(note -> problems.warning(note.line(), null, note.message()));
        FieldMap fields = new FieldMap(copy.titleLine());
        fields.put(new Field("title", NODES.textNode(copy.title()), copy.titleLine()));
        fields.put(new Field("summary", NODES.textNode(Summaries.cut(copy.lede())), copy.titleLine() + 1));
        fields.put(new Field("bodyHtml", NODES.textNode(html(copy.blocks())), copy.titleLine() + 1));
        if (!copy.authors().isEmpty()) {
            ArrayNode authors = NODES.arrayNode();
            copy.authors().forEach(authors::add);
            fields.put(new Field("authors", authors, copy.titleLine() + 1));
        }
        if (copy.caption() != null || copy.credit() != null) {
            ObjectNode image = NODES.objectNode();
            image.put("caption", copy.caption());
            image.put("credit", copy.credit());
            fields.put(new Field("image", image, 1));
        }
        if (document.sidecar() != null && !mergeSidecar(fields, document.sidecar(), problems)) {
            return List.of();
        }
        if (fields.find("language").isEmpty()) {
            languageOfTheText(copy, fields, problems);
        }
        boolean file = document.modified() != null;
        if (copy.embargo() != null && fields.find("published").isEmpty() && (file || defaultPublished == null)) {
            // the file's time would publish it now, and --published dates every undated story of a
            // folder: an embargo is the editor's to date, story by story
            problems.error(copy.embargo().number(), "published", "the copy is under embargo (\""
                    + copy.embargo().text() + "\"): give it the embargo's end as its published time "
                    + (file ? "(\"published: …\" in its sidecar NAME.meta.yaml; --published, which dates every"
                            + " undated story, lifts no embargo)" : "with --published")
                    + ", and it is held until then");
            return List.of();
        }
        if (published(document) == null && fields.find("published").isEmpty()) {
            problems.error(copy.titleLine(), "published", "wire copy that is no file (standard input) has no file"
                    + " time to date it: give its time with --published (e.g. --published 2024-11-28T09:30:00Z)");
            return List.of();
        }
        ArticleDefaults defaults = new ArticleDefaults(document.idFromName(), published(document),
                publishedWarning(document, copy.caption() != null),
                suggester.suggest(StoryText.of(copy), vocabulary, language(fields)));
        return binder.bind(fields, defaults, problems)
                .filter(article -> !problems.hasErrorsSince(mark))
                .map(article -> List.of(new SourcedArticle(article, document.name(), copy.titleLine())))
                .orElse(List.of());
    }

    // copy pasted from a page in another language than the site's: its pages' lang and its tags are that language's
    private void languageOfTheText(WireCopy copy, FieldMap fields, Problems problems) {
        String site = siteLanguage.toLowerCase(Locale.ROOT).split("-", 2)[0];
        StoryText text = StoryText.of(copy);
        WrittenLanguage.of(text.all()).filter(written -> !written.equals(site)).ifPresent(written -> {
            fields.put(new Field("language", NODES.textNode(written), copy.titleLine()));
            problems.warning(copy.titleLine(), "language", "the copy reads as " + englishName(written)
                    + ", not as the site's " + englishName(site) + ": its language is \"" + written
                    + "\" (a sidecar's \"language:\" says otherwise)");
        });
    }

    private static String englishName(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language : name;
    }

    // the sidecar's language, else the site's: which words a capital marks as names depends on it
    private String language(FieldMap fields) {
        return fields.find("language").filter(field -> field.value().isTextual())
                .map(field -> field.value().asText()).orElse(siteLanguage);
    }

    private boolean mergeSidecar(FieldMap fields, InputDocument sidecar, Problems problems) {
        Problems sidecarProblems = problems.forSource(sidecar.name());
        Optional<FieldMap> meta = yaml.readObject(sidecar.text(), 0, sidecarProblems);
        if (meta.isEmpty()) {
            return false;
        }
        for (Field field : meta.get().all()) {
            Optional<Field> fromText = fields.find(field.name());
            if (field.name().equals("image") && fromText.isPresent() && field.value().isObject()) {
                // the sidecar adds the URL (and may correct caption or credit) to the image the text describes
                ObjectNode merged = ((ObjectNode) fromText.get().value()).deepCopy();
                merged.setAll((ObjectNode) field.value());
                fields.put(new Field("image", merged, field.line(), sidecar.name()));
            } else {
                fields.put(field.from(sidecar.name()));
            }
        }
        return true;
    }

    private Instant published(InputDocument document) {
        if (defaultPublished != null) {
            return defaultPublished;
        }
        // whole seconds: feeds show no more, and a re-read of the same file gives the same article
        return document.modified() == null ? null : document.modified().truncatedTo(ChronoUnit.SECONDS);
    }

    private String publishedWarning(InputDocument document, boolean captioned) {
        if (defaultPublished != null || document.modified() == null) {
            return null;
        }
        return "no date in a sidecar or option: using the file's modification time " + published(document)
                + (captioned ? " (a date in the caption belongs to the photo)" : "");
    }

    private static String html(List<Block> blocks) {
        StringBuilder html = new StringBuilder();
        boolean inList = false;
        for (Block block : blocks) {
            boolean item = block.kind() == Block.Kind.ITEM;
            if (item != inList) {
                html.append(item ? "<ul>\n" : "</ul>\n");
                inList = item;
            }
            switch (block.kind()) {
                case HEADING -> element(html, "h2", block.text());
                case ITEM -> element(html, "li", block.text());
                case PARAGRAPH, SIGN_OFF -> element(html, "p", block.text());
                case CAPTION -> figure(html, block);
            }
        }
        return inList ? html.append("</ul>\n").toString() : html.toString();
    }

    private static void element(StringBuilder html, String tag, String text) {
        html.append('<').append(tag).append('>').append(Entities.escape(text)).append("</").append(tag).append(">\n");
    }

    // a photo further down the story, of which the copy has only the caption and credit
    private static void figure(StringBuilder html, Block caption) {
        html.append("<figure><figcaption>").append(Entities.escape(caption.text()));
        if (caption.credit() != null && !caption.credit().isEmpty()) {
            html.append(" <small>").append(Entities.escape(caption.credit())).append("</small>");
        }
        html.append("</figcaption></figure>\n");
    }
}
