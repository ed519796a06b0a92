package dev.herald.core.read.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.herald.core.problem.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML mappings (front matter, sidecars, {@code herald.yaml}) into {@link FieldMap}s with
 * SnakeYAML's limits on aliases and size. Thread-safe.
 */
public final class YamlObjects {

    /** Largest YAML text read, in characters; article files are limited further up. */
    private static final int CODE_POINT_LIMIT = 16 * 1024 * 1024;
    /** Deepest nesting of lists and mappings; an article's deepest is two (an author in a list). */
    private static final int MAX_DEPTH = 20;

    private final YAMLFactory factory;

    public YamlObjects() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(CODE_POINT_LIMIT);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        factory = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();
    }

    /**
     * The mapping in {@code yaml}, or empty with a problem if the text is not valid YAML or not a
     * mapping. {@code lineOffset} is added to line numbers, for YAML inside a larger file.
     */
    public Optional<FieldMap> readObject(String yaml, int lineOffset, Problems problems) {
        LocatedTreeReader trees = new LocatedTreeReader(problems, lineOffset);
        try (JsonParser parser = factory.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                int line = first == null ? lineOffset + 1 : trees.line(parser);
                problems.error(line, null, "YAML must be a mapping of keys such as \"title: ...\", found "
                        + (first == null ? "nothing" : "a " + describe(first)));
                return Optional.empty();
            }
            FieldMap fields = trees.readObject(parser);
            return Optional.of(fields);
        } catch (StreamReadException e) {
            reportSyntaxError(e, lastLine(yaml), lineOffset, problems);
            return Optional.empty();
        } catch (StreamConstraintsException e) {
            problems.error(lineOffset + 1, null, "invalid YAML: lists and mappings nested more than " + MAX_DEPTH
                    + " levels deep");
            return Optional.empty();
        } catch (IOException e) {
            // parsing a String does no I/O: this is a parser failure, reported like one
            throw new UncheckedIOException(e);
        }
    }

    // the text's last line: an error at its end ("got <stream end>") is named there, where the
    // unclosed list or quote is, not on the line after it
    private static int lastLine(String yaml) {
        return Math.max((int) yaml.lines().count(), 1);
    }

    private static void reportSyntaxError(StreamReadException e, int lastLine, int lineOffset, Problems problems) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            // SnakeYAML says what it expected and where: "expected ',' or ']', but got <block end>"
            String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
            // SnakeYAML blames indentation for a tab anywhere, such as after a key's colon
            String problem = yaml.getProblem().contains("\\t(TAB)")
                    ? "a tab (column " + (yaml.getProblemMark().getColumn() + 1) + "), where YAML takes only spaces:"
                            + " write a space after a key's colon, and spaces to indent"
                    : yaml.getProblem() + context;
            problems.error(Math.min(yaml.getProblemMark().getLine() + 1, lastLine) + lineOffset, null,
                    "invalid YAML: " + problem);
            return;
        }
        int line = e.getLocation() == null ? 0
                : Math.min(Math.max(e.getLocation().getLineNr(), 0), lastLine) + lineOffset;
        String problem;
        if (e.getCause() instanceof ReaderException unreadable) {
            problem = String.format("a character YAML does not allow (U+%04X, a control character or a"
                    + " noncharacter): remove it", unreadable.getCodePoint());
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Expected a field name")) {
            // Jackson names SnakeYAML's event classes when a key is a list or a mapping ("? [a, b]: c")
            problem = "a key must be plain text, not a list or a mapping";
        } else {
            problem = firstLine(e.getOriginalMessage());
        }
        problems.error(line, null, "invalid YAML: " + problem);
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "list";
            case VALUE_STRING -> "plain text";
            default -> "single value";
        };
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
