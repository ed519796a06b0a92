package dev.herald.core.read.feed;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The markup a Jekyll or Hugo post's Markdown holds beside Markdown, as Herald's Markdown writes
 * it: Hugo's {@code figure}, {@code highlight}, {@code youtube}, {@code vimeo}, {@code tweet}
 * (or {@code x}, {@code twitter}, and their {@code _simple} forms), {@code ref} and {@code relref} shortcodes, and Jekyll's {@code highlight} blocks,
 * {@code post_url} and {@code site.baseurl}; kramdown's attribute lists ({@code {: .lead}}) are
 * left out. Any other shortcode or Liquid tag stays as written, and is named, for the editor.
 */
final class GeneratorMarkup {

    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%]\\s*(/?)([\\w.-]+)([^}]*?)\\s*[>%]\\}\\}");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern POSITIONAL = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");
    private static final Pattern HIGHLIGHT = Pattern.compile(
            "\\{%-?\\s*highlight\\s+([\\w+#-]+)[^%]*%\\}\\n?(.*?)\\{%-?\\s*endhighlight\\s*-?%\\}", Pattern.DOTALL);
    private static final Pattern HUGO_HIGHLIGHT = Pattern.compile(
            "\\{\\{<\\s*highlight\\s+\"?([\\w+#-]+)\"?[^>]*>\\}\\}\\n?(.*?)\\{\\{<\\s*/highlight\\s*>\\}\\}", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile(
            "\\{%-?\\s*comment\\s*-?%\\}.*?\\{%-?\\s*endcomment\\s*-?%\\}", Pattern.DOTALL);
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*(?:raw|endraw)\\s*-?%\\}");
    private static final Pattern POST_URL = Pattern.compile("\\{%-?\\s*post_url\\s+(?:[\\w./-]*/)?(?:\\d{4}-\\d{1,2}-\\d{1,2}-)?([^\\s%]+)\\s*-?%\\}");
    private static final Pattern SITE_URL = Pattern.compile("\\{\\{-?\\s*site\\.(?:baseurl|url)\\s*-?\\}\\}");
    private static final Pattern LIQUID = Pattern.compile("\\{%-?\\s*(\\w+)[^%]*%\\}|\\{\\{[^}<%]*\\}\\}");
    private static final Pattern ATTRIBUTE_LIST = Pattern.compile("(?m)^[ \\t]*\\{:[^}\\n]*\\}[ \\t]*\\n?");

    /** The Markdown translated, and the names of the shortcodes and tags left as written. */
    record Translated(String markdown, Set<String> leftAsWritten) {
    }

    private GeneratorMarkup() {
    }

    /**
     * @param articleOf the id of the article a post of the site becomes, by the name of its file
     *                  (or its bundle's folder) without extension and date
     */
    static Translated translate(String markdown, Function<String, String> articleOf) {
        Set<String> left = new TreeSet<>();
        String text = ATTRIBUTE_LIST.matcher(markdown).replaceAll("");
        text = COMMENT.matcher(text).replaceAll("");
        text = HIGHLIGHT.matcher(text).replaceAll(GeneratorMarkup::fenced);
        text = HUGO_HIGHLIGHT.matcher(text).replaceAll(GeneratorMarkup::fenced);
        text = POST_URL.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                "/articles/" + articleOf.apply(match.group(1))));
        text = SITE_URL.matcher(text).replaceAll("");
        text = SHORTCODE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                shortcode(match.group(1), match.group(2), match.group(3), articleOf).orElseGet(() -> {
                    left.add("{{< " + match.group(2) + " >}}");
                    return match.group();
                })));
        String outsideRaw = outsideRaw(text);
        text = RAW.matcher(text).replaceAll("");
        Matcher liquid = LIQUID.matcher(outsideRaw);
        while (liquid.find()) {
            left.add(liquid.group(1) != null ? "{% " + liquid.group(1) + " %}" : liquid.group().strip());
        }
        return new Translated(text, left);
    }

    // a highlighted block (its language, then its code) as a fenced code block of that language
    private static String fenced(MatchResult block) {
        return Matcher.quoteReplacement("```" + block.group(1) + "\n" + block.group(2).stripTrailing() + "\n```");
    }

    // the text without what {% raw %} holds, which is text as written: Liquid in it was never run
    private static String outsideRaw(String text) {
        Matcher raw = RAW.matcher(text);
        StringBuilder outside = new StringBuilder();
        int from = 0;
        boolean inside = false;
        while (raw.find()) {
            if (!inside) {
                outside.append(text, from, raw.start());
            }
            inside = !inside;
            from = raw.end();
        }
        if (!inside) {
            outside.append(text.substring(from));
        }
        return outside.toString();
    }

    private static Optional<String> shortcode(String closing, String name, String arguments,
            Function<String, String> articleOf) {
        if (!closing.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> named = named(arguments);
        String first = positional(arguments);
        String html = switch (name) {
            case "figure" -> figure(named);
            case "youtube" -> link("https://www.youtube.com/watch?v=", named.getOrDefault("id", first));
            case "vimeo", "vimeo_simple" -> link("https://vimeo.com/", named.getOrDefault("id", first));
            case "tweet", "x", "twitter", "twitter_simple", "x_simple" -> named.containsKey("user")
                    && named.containsKey("id")
                    ? "<https://x.com/" + named.get("user") + "/status/" + named.get("id") + ">"
                    : first != null && first.matches("\\d+") ? "<https://x.com/i/status/" + first + ">" : null;
            case "ref", "relref" -> first == null ? null : "/articles/" + articleOf.apply(pageName(first));
            default -> null;
        };
        return Optional.ofNullable(html);
    }

    private static String figure(Map<String, String> named) {
        String src = named.get("src");
        if (src == null) {
            return null;
        }
        String caption = named.getOrDefault("caption", named.get("title"));
        StringBuilder html = new StringBuilder("<figure><img src=\"").append(Entities.escape(src)).append("\" alt=\"")
                .append(Entities.escape(named.getOrDefault("alt", ""))).append("\">");
        if (caption != null) {
            html.append("<figcaption>").append(Entities.escape(caption)).append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }

    private static String link(String prefix, String id) {
        return id == null || !id.matches("[\\w-]+") ? null : "<" + prefix + id + ">";
    }

    // "posts/ferry-fares.md", "/posts/ferry-fares/index.md", "ferry-fares" → "ferry-fares"
    private static String pageName(String reference) {
        String path = reference.replaceAll("#.*$", "").replaceAll("/+$", "");
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.(md|markdown|html)$", "");
        if (name.equals("index") || name.equals("_index")) {
            String folder = path.substring(0, Math.max(path.lastIndexOf('/'), 0));
            name = folder.substring(folder.lastIndexOf('/') + 1);
        }
        return name;
    }

    private static Map<String, String> named(String arguments) {
        Map<String, String> named = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(arguments);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            named.put(attribute.group(1).toLowerCase(Locale.ROOT), value);
        }
        return named;
    }

    private static String positional(String arguments) {
        if (ATTRIBUTE.matcher(arguments).find()) {
            return null;
        }
        Matcher value = POSITIONAL.matcher(arguments.strip());
        if (!value.find()) {
            return null;
        }
        return value.group(1) != null ? value.group(1) : value.group(2) != null ? value.group(2) : value.group(3);
    }
}
