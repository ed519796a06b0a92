package dev.herald.core.read.feed;

import java.util.Locale;
import java.util.Optional;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * What an Atom entry says of itself beyond a feed's fields, in a Blogger export (Settings › Back
 * up content, or Google Takeout) or through the Atom Publishing Protocol: what kind of entry it is
 * (a post, a page, a reader's comment, the blog's settings or template), whether it is a draft
 * ({@code <app:control><app:draft>yes}, Takeout's {@code <blogger:status>DRAFT}) or in the
 * trash, and its slug (the name of its page on the blog).
 *
 * @param kind    post, page, comment, settings or template ("post" for an entry that names none)
 * @param draft   whether it is a draft
 * @param trashed whether it was deleted on the blog
 * @param slug    its page's name ({@code /2026/11/new-ferry-berth.html} → {@code new-ferry-berth}); "" when none
 */
record BloggerPost(String kind, boolean draft, boolean trashed, String slug) implements ExportedPost {

    /** The scheme of the category that says what a legacy Blogger export's entry is. */
    static final String KIND_SCHEME = "http://schemas.google.com/g/2005#kind";

    private static final String KIND_PREFIX = "http://schemas.google.com/blogger/2008/kind#";
    private static final Namespace TAKEOUT = Namespace.getNamespace("http://schemas.google.com/blogger/2018");
    private static final Namespace APP = Namespace.getNamespace("http://purl.org/atom/app#");
    private static final Namespace APP_2007 = Namespace.getNamespace("http://www.w3.org/2007/app");

    /** The entry's Blogger or AtomPub fields, if it has any. */
    static Optional<BloggerPost> of(RawEntry raw, String alternateLink) {
        if (raw == null) {
            return Optional.empty();
        }
        Element entry = raw.element();
        String kind = null;
        for (Element category : entry.getChildren("category", entry.getNamespace())) {
            String term = category.getAttributeValue("term", "");
            if (KIND_SCHEME.equals(category.getAttributeValue("scheme")) && term.startsWith(KIND_PREFIX)) {
                kind = term.substring(KIND_PREFIX.length());
            }
        }
        String type = entry.getChildTextTrim("type", TAKEOUT);
        if (type != null) {
            kind = type.toLowerCase(Locale.ROOT);
        }
        String status = Optional.ofNullable(entry.getChildTextTrim("status", TAKEOUT)).orElse("");
        boolean draft = status.equals("DRAFT") || isDraft(entry.getChild("control", APP))
                || isDraft(entry.getChild("control", APP_2007));
        boolean trashed = status.equals("SOFT_TRASHED") || status.equals("DELETED")
                || entry.getChild("trashed", TAKEOUT) != null;
        if (kind == null && !draft) {
            return Optional.empty();
        }
        if (kind == null) {
            // a feed's draft through the Atom Publishing Protocol keeps the id it gets once published
            return Optional.of(new BloggerPost("post", true, false, ""));
        }
        String page = Optional.ofNullable(entry.getChildTextTrim("filename", TAKEOUT)).orElse(alternateLink);
        return Optional.of(new BloggerPost(kind, draft, trashed, slug(page)));
    }

    private static boolean isDraft(Element control) {
        return control != null && control.getChildren().stream()
                .anyMatch(child -> child.getName().equals("draft") && child.getTextTrim().equalsIgnoreCase("yes"));
    }

    // "https://blog.example/2026/11/new-ferry-berth.html" → "new-ferry-berth"
    private static String slug(String page) {
        if (page == null) {
            return "";
        }
        String path = page.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.html?$", "");
    }

    @Override
    public String system() {
        return "Blogger";
    }

    @Override
    public boolean isStory() {
        return kind.equals("post") && !trashed;
    }

    @Override
    public boolean isUnpublished() {
        return draft;
    }

    @Override
    public String whyUnpublished() {
        return "drafts (app:draft, or a Blogger draft)";
    }

    // "1 setting", "41 settings": Blogger exports one entry a setting
    @Override
    public String kind() {
        return trashed && kind.equals("post") ? "post in the trash" : kind.equals("settings") ? "setting" : kind;
    }
}
