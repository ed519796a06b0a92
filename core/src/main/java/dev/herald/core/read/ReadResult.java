package dev.herald.core.read;

import dev.herald.core.model.Article;
import dev.herald.core.model.SourcedArticle;
import dev.herald.core.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading produced: the valid articles and every problem found, errors and warnings. An
 * article with an error is not among the articles; the others are.
 *
 * @param articles valid articles with their origin, in input order
 * @param problems problems in input order
 */
public record ReadResult(List<SourcedArticle> articles, List<Problem> problems) {

    public ReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** The articles without their origin, in input order. */
    public List<Article> articleList() {
        return articles.stream().map(SourcedArticle::article).toList();
    }

    /** Whether any problem is an error (warnings aside). */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** This result followed by another. */
    public ReadResult plus(ReadResult other) {
        List<SourcedArticle> allArticles = new ArrayList<>(articles);
        allArticles.addAll(other.articles);
        List<Problem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        return new ReadResult(allArticles, allProblems);
    }
}
