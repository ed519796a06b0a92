package dev.herald.core.read.feed;

/**
 * What a Jekyll or Hugo post says of itself beyond its content.
 *
 * @param file    the file, named as under the folder imported, which its problems name
 * @param draft   {@code draft: true} (Hugo), {@code published: false} or a file of {@code _drafts/} (Jekyll)
 * @param section whether the file is a list's page rather than a post (Hugo's {@code _index.md})
 * @param slug    its {@code slug}, else the last segment of its {@code url} or {@code permalink},
 *                else its file's name without the date before it (its bundle's folder for {@code index.md})
 */
record GeneratorPost(String file, boolean draft, boolean section, String slug) implements ExportedPost {

    @Override
    public String system() {
        return "Jekyll or Hugo";
    }

    @Override
    public boolean isStory() {
        return !section;
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
        return "list page";
    }
}
