package dev.herald.core.read.feed;

/**
 * What a Jekyll or Hugo post says of itself beyond its content.
 *
 * @param file    the file, named as under the folder imported, which its problems name
 * @param draft   {@code draft: true} (Hugo), {@code published: false} or a file of {@code _drafts/} (Jekyll)
 * @param kind    post; list page (Hugo's {@code _index.md}); page (a Jekyll site's file outside
 *                {@code _posts/} and {@code _drafts/}, or one of {@code layout: page} or {@code type: page})
 * @param slug    its {@code slug}, else the last segment of its {@code url} or {@code permalink},
 *                else its file's name without the date before it (its bundle's folder for {@code index.md})
 */
record GeneratorPost(String file, boolean draft, String kind, String slug) implements ExportedPost {

    static final String POST = "post";

    @Override
    public String system() {
        return "Jekyll or Hugo";
    }

    @Override
    public boolean isStory() {
        return kind.equals(POST);
    }

    @Override
    public boolean isUnpublished() {
        return draft;
    }

    @Override
    public String whyUnpublished() {
        return "drafts (draft: true, published: false, or in _drafts/)";
    }

    @Override
    public String holder() {
        return "a Jekyll or Hugo content folder";
    }

    @Override
    public String kind() {
        return kind;
    }
}
