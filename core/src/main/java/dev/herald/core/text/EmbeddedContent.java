package dev.herald.core.text;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What pasted HTML embeds from elsewhere and feeds and pages do not carry: a frame (a video
 * player's), a video, a sound, a plug-in's object. Each becomes a link to what it showed, so that
 * its readers can still reach it; one without a safe address is left out, and what is no content
 * of its own (a script, a style, a form, a drawing) is named as left out. A disclosure box
 * ({@code <details>}) becomes the blocks it shows, its {@code <summary>} a paragraph of its own
 * rather than words run into the next. Not thread-safe: one per piece of HTML.
 */
final class EmbeddedContent {

    private static final Set<String> EMBEDS = Set.of("iframe", "frame", "embed", "object", "video", "audio");
    private static final Set<String> LEFT_OUT = Set.of("script", "style", "form", "input", "button", "select",
            "textarea", "canvas", "svg", "math");

    private final Set<String> linked = new LinkedHashSet<>();
    private final Set<String> leftOut = new LinkedHashSet<>();

    /** Puts links in the place of the embeds below {@code body}, and notes what is left out. */
    void replaceIn(Element body) {
        // by selector, not by walking up from every element: the work grows with the markup alone
        for (Element embed : body.select(String.join(", ", EMBEDS))) {
            if (!isInsideAnEmbed(embed, body)) {
                replace(embed);
            }
        }
        body.select(String.join(", ", LEFT_OUT)).forEach(element -> leftOut.add(element.normalName()));
        body.select("details").tagName("div");
        body.select("summary").tagName("p");
    }

    private void replace(Element embed) {
        String url = embeddedUrl(embed);
        if (url.isEmpty() || !UrlPolicy.isSafe(url)) {
            leftOut.add(embed.normalName());
            embed.remove();
        } else {
            linked.add(embed.normalName());
            embed.replaceWith(linkTo(url, embed));
        }
    }

    /** One line for the editor on what feeds and pages do not carry; empty if there is nothing. */
    String note() {
        StringBuilder note = new StringBuilder();
        if (!linked.isEmpty()) {
            String links = linked.size() == 1 ? " is a link to what it showed" : " are links to what they showed";
            note.append(elements(linked)).append(links).append(": feeds and pages embed nothing from elsewhere");
        }
        if (!leftOut.isEmpty()) {
            note.append(note.isEmpty() ? "" : "; ").append(elements(leftOut))
                    .append(" left out: feeds and pages carry no scripts, styles, forms, drawings or frames");
        }
        return note.toString();
    }

    // an embed inside another (an <embed> in an <object>, a <source> in a <video>) went with it
    private static boolean isInsideAnEmbed(Element element, Element body) {
        for (Element parent = element.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (EMBEDS.contains(parent.normalName())) {
                return true;
            }
        }
        return element.parent() == null;
    }

    // where a frame, object, video or sound gets what it shows: its own URL, else its first source's
    private static String embeddedUrl(Element element) {
        for (String attribute : new String[] {"src", "data"}) {
            if (!element.attr(attribute).isBlank()) {
                return element.attr(attribute).strip();
            }
        }
        return element.select("source[src], embed[src]").stream().map(source -> source.attr("src").strip())
                .filter(src -> !src.isEmpty()).findFirst().orElse("");
    }

    // a paragraph of its own where the embed stood between blocks, else a link among the words
    private static Element linkTo(String url, Element embed) {
        String title = embed.attr("title").strip();
        Element link = new Element("a").attr("href", url).text(title.isEmpty() ? url : title);
        return embed.parent() != null && embed.parent().nameIs("body") ? new Element("p").appendChild(link) : link;
    }

    private static String elements(Set<String> names) {
        return String.join(", ", names.stream().map(name -> "<" + name + ">").toList());
    }
}
