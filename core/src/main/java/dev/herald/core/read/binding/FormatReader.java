package dev.herald.core.read.binding;

import dev.herald.core.model.SourcedArticle;
import dev.herald.core.problem.Problems;
import java.util.List;

/** Reads the articles of one input format. Implementations are thread-safe. */
public interface FormatReader {

    /** The valid articles of the document; every problem goes to {@code problems}. */
    List<SourcedArticle> read(InputDocument document, Problems problems);
}
