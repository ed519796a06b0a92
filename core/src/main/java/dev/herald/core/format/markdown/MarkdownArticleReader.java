package dev.herald.core.format.markdown;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.herald.core.model.SourcedArticle;
import dev.herald.core.problem.Problems;
import dev.herald.core.read.binding.ArticleBinder;
import dev.herald.core.read.binding.ArticleDefaults;
import dev.herald.core.read.binding.Field;
import dev.herald.core.read.binding.FieldMap;
import dev.herald.core.read.binding.FormatReader;
import dev.herald.core.read.binding.InputDocument;
import dev.herald.core.read.binding.YamlObjects;
import java.util.List;
import java.util.Optional;

/**
 * A Markdown article: a {@code ---} line, YAML keys, a {@code ---} line, then the CommonMark body.
 * The body may not also be given as a {@code body} key.
 */
public final class MarkdownArticleReader implements FormatReader {

    private static final String FENCE = "---";

    private final ArticleBinder binder;
    private final YamlObjects yaml;

    public MarkdownArticleReader(ArticleBinder binder, YamlObjects yaml) {
        this.binder = binder;
        this.yaml = yaml;
    }

    @Override
    public List<SourcedArticle> read(InputDocument document, Problems problems) {
        List<String> lines = document.text().lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            // Hugo's TOML front matter opens with "+++"
            String found = !lines.isEmpty() && lines.get(0).strip().equals("+++")
                    ? "TOML front matter (\"+++\") is not read" : "no front matter";
            problems.error(1, null, found + ": a Markdown article starts with a line \"---\","
                    + " then YAML keys such as \"title:\" and \"published:\", then \"---\"");
            return List.of();
        }
        int closing = closingFence(lines);
        if (closing < 0) {
            problems.error(1, null, "front matter is not closed: add a line \"---\" after its last key");
            return List.of();
        }
        // each line with its line break, as in the file: a block of text last keeps its own
        String frontMatter = String.join("\n", lines.subList(1, closing)) + "\n";
        int mark = problems.size();
        Optional<FieldMap> parsed = yaml.readObject(frontMatter, 1, problems);
        if (parsed.isEmpty()) {
            return List.of();
        }
        FieldMap fields = parsed.get();
        int bodyLine = closing + 2;
        fields.find("body").ifPresent(f -> problems.error(f.line(), "body",
                "goes after the front matter in a Markdown file, not in it"));
        String body = String.join("\n", lines.subList(closing + 1, lines.size()));
        if (!body.isBlank()) {
            fields.put(new Field("body", JsonNodeFactory.instance.textNode(body), bodyLine));
        }
        return binder.bind(fields, ArticleDefaults.forFile(document.idFromName()), problems)
                .filter(article -> !problems.hasErrorsSince(mark))
                .map(article -> List.of(new SourcedArticle(article, document.name(), 1)))
                .orElse(List.of());
    }

    // a "---" that starts its line: an indented one is a line of a YAML block's text, as YAML has it
    private static int closingFence(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals(FENCE)) {
                return i;
            }
        }
        return -1;
    }
}
