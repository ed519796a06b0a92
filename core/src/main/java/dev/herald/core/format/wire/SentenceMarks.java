package dev.herald.core.format.wire;

/** What ends a sentence in the scripts that do not end one with a Latin full stop. */
final class SentenceMarks {

    /**
     * The ideographic full stop and the full-width marks of Chinese and Japanese (and the closing
     * quotation brackets a sentence may end inside), Arabic's question mark, Urdu's full stop,
     * Devanagari's danda and double danda, Ethiopic's full stop.
     */
    static final String OTHER_SCRIPTS = "。！？．」』）؟۔।॥።";

    private SentenceMarks() {
    }
}
