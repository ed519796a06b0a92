package dev.herald.core.text;

/** A count with its noun, singular for one: what Herald's summary lines say to people. */
public final class Counts {

    private Counts() {
    }

    /** {@code of(1, "article", "articles")} is "1 article", {@code of(0, …)} "0 articles". */
    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
