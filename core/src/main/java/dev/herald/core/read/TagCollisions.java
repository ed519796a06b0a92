package dev.herald.core.read;

import dev.herald.core.model.SourcedArticle;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two labels with one slug ("Climate change" and "climate-change") are one tag, shown under the
 * label met first: said once per pair with a warning, so an editor who meant two tags finds out.
 */
public final class TagCollisions {

    private TagCollisions() {
    }

    /** The result with a warning for each label whose slug an earlier, different label has. */
    public static ReadResult check(ReadResult result) {
        Map<String, Tag> firstBySlug = new HashMap<>();
        Map<String, SourcedArticle> firstArticle = new HashMap<>();
        Set<String> reported = new HashSet<>();
        List<Problem> problems = new ArrayList<>(result.problems());
        for (SourcedArticle sourced : result.articles()) {
            for (Tag tag : sourced.article().tags()) {
                Tag first = firstBySlug.putIfAbsent(tag.slug(), tag);
                if (first == null) {
                    firstArticle.put(tag.slug(), sourced);
                } else if (first != tag && !first.label().equals(tag.label())
                        && reported.add(first.label() + "\n" + tag.label())) {
                    problems.add(Problem.warning(sourced.source(), sourced.line(), "tags", "tag \"" + tag.label()
                            + "\" has the slug " + tag.slug() + " of tag \"" + first.label() + "\" ("
                            + firstArticle.get(tag.slug()).location() + "): they are one tag, shown as \""
                            + first.label() + "\""));
                }
            }
        }
        return new ReadResult(result.articles(), problems);
    }
}
