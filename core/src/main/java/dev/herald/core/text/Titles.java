package dev.herald.core.text;

/** A title made from text that has none: a feed's entry without one, wire copy without a headline. */
public final class Titles {

    /** Words a title made from text keeps at most. */
    private static final int MAX_WORDS = 12;
    /** Characters a title made from text keeps at most. */
    private static final int MAX_LENGTH = 100;

    private Titles() {
    }

    /** The first words of the text, "…" after them when there is more; null when there is no text. */
    public static String fromText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] words = text.strip().split("\\s+");
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < words.length && i < MAX_WORDS && title.length() + words[i].length() < MAX_LENGTH; i++) {
            title.append(i == 0 ? "" : " ").append(words[i]);
        }
        if (title.isEmpty()) {
            title.append(words[0], 0, Math.min(words[0].length(), MAX_LENGTH));
        }
        return title.length() < text.strip().length() ? title + "…" : title.toString();
    }
}
