package dev.herald.core.read;

import dev.herald.core.model.SourcedArticle;
import dev.herald.core.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ids are unique in a site: a later article that repeats one is an error and is left out. */
public final class UniqueIds {

    private UniqueIds() {
    }

    /** The result without articles whose id an earlier one has, with a problem for each. */
    public static ReadResult check(ReadResult result) {
        Map<String, SourcedArticle> firstById = new HashMap<>(result.articles().size() * 4 / 3 + 1);
        List<SourcedArticle> kept = new ArrayList<>(result.articles().size());
        List<Problem> problems = new ArrayList<>(result.problems());
        for (SourcedArticle sourced : result.articles()) {
            SourcedArticle first = firstById.putIfAbsent(sourced.article().id(), sourced);
            if (first == null) {
                kept.add(sourced);
            } else {
                problems.add(Problem.error(sourced.source(), sourced.line(), "id",
                        "\"" + sourced.article().id() + "\" is already the id of " + first.location()));
            }
        }
        return new ReadResult(kept, problems);
    }
}
