package dev.herald.core.read.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.herald.core.problem.Problems;
import java.io.IOException;

/**
 * Reads JSON or YAML objects token by token into {@link FieldMap}s, keeping the line of every
 * top-level key. Duplicate keys and YAML aliases are reported as problems: a duplicate hides one
 * value silently, and aliases are how "billion laughs" documents grow without bound.
 */
public final class LocatedTreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Problems problems;
    private final int lineOffset;
    private boolean aliasReported;

    /**
     * @param problems   where problems go
     * @param lineOffset added to the parser's line numbers, for YAML that starts inside a file
     */
    public LocatedTreeReader(Problems problems, int lineOffset) {
        this.problems = problems;
        this.lineOffset = lineOffset;
    }

    /** Reads the object the parser's current token starts; leaves the parser on its END_OBJECT. */
    public FieldMap readObject(JsonParser parser) throws IOException {
        FieldMap map = new FieldMap(line(parser));
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int line = line(parser);
            parser.nextToken();
            JsonNode value = readValue(parser, name);
            if (map.put(new Field(name, value, line)).isPresent()) {
                problems.error(line, name, "key appears twice in one article");
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("object ended on " + token);
        }
        return map;
    }

    /** The line of the parser's current token, with the offset applied. */
    public int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr() + lineOffset;
    }

    private JsonNode readValue(JsonParser parser, String field) throws IOException {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // once is enough: an alias bomb has hundreds
            if (!aliasReported) {
                problems.error(line(parser), field, "YAML aliases (*" + parser.getText() + ") are not supported");
                aliasReported = true;
            }
            return NODES.nullNode();
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    int line = line(parser);
                    parser.nextToken();
                    if (object.replace(name, readValue(parser, field + "." + name)) != null) {
                        problems.error(line, field + "." + name, "key appears twice");
                    }
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, field));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                // no article field is numeric: kept so the binder can name the wrong type
                return NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(parser.getBooleanValue());
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                // YAML's !!binary: no article field holds bytes
                problems.error(line(parser), field, "binary data (!!binary) is not supported: write text");
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + token);
        }
    }
}
