package dev.herald.core.format.wire;

import dev.herald.core.format.wire.WireCopy.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a story that tags are suggested from, in the three kinds its capitals differ in.
 *
 * @param headlines the title and the section headings, often in title case, where a capital shows
 *                  no proper noun ("May Day Marches Draw Thousands in Paris")
 * @param body      the paragraphs and list items, one a line; no sign-off (it names the writers)
 * @param captions  the photos' captions: of the photos, not the story, so they count no name, but a
 *                  capital in them shows one ("a station in Tokyo.")
 */
record StoryText(List<String> headlines, String body, List<String> captions) {

    StoryText {
        headlines = List.copyOf(headlines);
        captions = List.copyOf(captions);
    }

    static StoryText of(WireCopy copy) {
        List<String> headlines = new ArrayList<>(List.of(copy.title()));
        List<String> captions = new ArrayList<>();
        if (copy.caption() != null) {
            captions.add(copy.caption());
        }
        StringBuilder body = new StringBuilder();
        for (Block block : copy.blocks()) {
            switch (block.kind()) {
                case HEADING -> headlines.add(block.text());
                case CAPTION -> captions.add(block.text());
                case PARAGRAPH, ITEM -> body.append(block.text()).append('\n');
                case SIGN_OFF -> { }
            }
        }
        return new StoryText(headlines, body.toString(), captions);
    }

    /** All of it as one text, for finding a vocabulary's terms. */
    String all() {
        return String.join("\n", headlines) + "\n" + body;
    }
}
