package dev.herald.core.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.herald.core.model.SourcedArticle;
import dev.herald.core.problem.Problems;
import dev.herald.core.read.binding.ArticleBinder;
import dev.herald.core.read.binding.ArticleDefaults;
import dev.herald.core.read.binding.FieldMap;
import dev.herald.core.read.binding.FormatReader;
import dev.herald.core.read.binding.InputDocument;
import dev.herald.core.read.binding.JsonFailures;
import dev.herald.core.read.binding.LocatedTreeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Article JSON: one object, or an array of objects. A single article takes its default id from
 * the file name; articles in an array take theirs from the title, since they share one file.
 */
public final class JsonArticleReader implements FormatReader {

    /** Deepest nesting read: an article is four levels deep; a thousand is an attack on the stack. */
    public static final int MAX_DEPTH = 64;

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private final ArticleBinder binder;

    public JsonArticleReader(ArticleBinder binder) {
        this.binder = binder;
    }

    @Override
    public List<SourcedArticle> read(InputDocument document, Problems problems) {
        List<SourcedArticle> articles = new ArrayList<>();
        LocatedTreeReader trees = new LocatedTreeReader(problems, 0);
        try (JsonParser parser = factory.createParser(document.text())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                int mark = problems.size();
                FieldMap fields = trees.readObject(parser);
                if (isJsonFeed(fields)) {
                    problems.error(fields.line(), null, "a JSON Feed, not an article: herald import FILE --out DIR"
                            + " turns its items into article files");
                    return List.of();
                }
                bind(fields, mark, ArticleDefaults.forFile(document.idFromName()), document, problems, articles);
            } else if (first == JsonToken.START_ARRAY) {
                readArray(parser, trees, document, problems, articles);
            } else {
                problems.error(trees.line(parser), null, "JSON must be an article object or a list of them");
                return List.of();
            }
            if (parser.nextToken() != null) {
                problems.error(trees.line(parser), null, "unexpected content after the JSON value");
            }
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            problems.error(line, null, "invalid JSON: " + JsonFailures.describe(e));
        } catch (StreamConstraintsException e) {
            problems.error(0, null, "invalid JSON: nested more than " + MAX_DEPTH + " levels deep");
        } catch (IOException e) {
            // parsing a String does no I/O
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    private void readArray(JsonParser parser, LocatedTreeReader trees, InputDocument document, Problems problems,
            List<SourcedArticle> articles) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                problems.error(trees.line(parser), null, "each element of the list must be an article object");
                parser.skipChildren();
                continue;
            }
            int mark = problems.size();
            bind(trees.readObject(parser), mark, ArticleDefaults.fromTitle(), document, problems, articles);
        }
    }

    /** Binds the object read since {@code mark}; a duplicate key found while reading it rejects it too. */
    private void bind(FieldMap fields, int mark, ArticleDefaults defaults, InputDocument document, Problems problems,
            List<SourcedArticle> articles) {
        binder.bind(fields, defaults, problems)
                .filter(article -> !problems.hasErrorsSince(mark))
                .ifPresent(article -> articles.add(new SourcedArticle(article, document.name(), fields.line())));
    }

    // "version" and "items" are no article's keys; feeds in the wild write "version": "1.1" too
    private static boolean isJsonFeed(FieldMap fields) {
        return fields.contains("version") && fields.find("items").map(items -> items.value().isArray()).orElse(false);
    }
}
