package dev.herald.core.format.markdown;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Quotes a text value whenever Herald's YAML reader would take it, written plain, for something
 * other than text. Jackson's own check knows {@code true} and {@code 12}, but not all that YAML
 * 1.1 reads as a number or a null ({@code 5_6_78}, {@code 0x1F}, {@code 1:20}, {@code ~}),
 * so an imported title or summary like those came back as a number and was refused. The reader
 * resolves plain scalars with SnakeYAML's resolver; asking the same one keeps the two in step.
 */
final class PlainScalarQuoting extends StringQuotingChecker.Default {

    private static final long serialVersionUID = 1L;

    // read only once made, as the reader's own
    private static final Resolver RESOLVER = new Resolver();

    // what the reader turns into something else; a date it keeps as text, and so unquoted
    private static final Set<Tag> NOT_TEXT = Set.of(Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || NOT_TEXT.contains(RESOLVER.resolve(NodeId.scalar, value, true));
    }
}
