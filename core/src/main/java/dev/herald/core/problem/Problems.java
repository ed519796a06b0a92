package dev.herald.core.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one input, all of them rather than only the first. Not thread-safe. */
public final class Problems {

    private final String source;
    private final List<Problem> problems;

    /** Problems of the input named {@code source} (a file name, {@code -} or a URL). */
    public Problems(String source) {
        this(source, new ArrayList<>());
    }

    private Problems(String source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /**
     * A view that reports under another input's name into the same list, for values that come
     * from a second file (a wire copy's sidecar).
     */
    public Problems forSource(String otherSource) {
        return otherSource.equals(source) ? this : new Problems(otherSource, problems);
    }

    public String source() {
        return source;
    }

    public void error(int line, String field, String message) {
        problems.add(Problem.error(source, line, field, message));
    }

    public void warning(int line, String field, String message) {
        problems.add(Problem.warning(source, line, field, message));
    }

    public void add(Problem problem) {
        problems.add(problem);
    }

    /** Whether any error (not warning) was reported. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Whether an error was reported after the first {@code mark} problems (see {@link #size()}). */
    public boolean hasErrorsSince(int mark) {
        return problems.subList(mark, problems.size()).stream().anyMatch(Problem::isError);
    }

    /** The number of problems reported so far, to tell whether a step added any. */
    public int size() {
        return problems.size();
    }

    /** The problems in the order reported, unmodifiable. */
    public List<Problem> toList() {
        return List.copyOf(problems);
    }
}
