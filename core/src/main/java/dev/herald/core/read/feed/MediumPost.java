package dev.herald.core.read.feed;

/**
 * What a Medium export says of a post beyond its content.
 *
 * @param isPost   whether the file holds a post (an {@code h-entry}); a file of another kind is skipped
 * @param draft    whether the post is a draft (its file's name starts with "draft")
 * @param response whether it looks like a response to someone else's story, which Medium exports
 *                 among the posts: one paragraph, without subtitle, heading or picture
 * @param slug     the slug of its Medium address, else of its file's name
 */
record MediumPost(boolean isPost, boolean draft, boolean response, String slug) implements ExportedPost {

    @Override
    public String system() {
        return "Medium";
    }

    @Override
    public boolean isStory() {
        return isPost;
    }

    @Override
    public boolean isUnpublished() {
        return draft || response;
    }

    @Override
    public String whyUnpublished() {
        return draft ? "drafts on Medium" : "one paragraph without a heading or picture: likely a response to"
                + " someone else's story, which Medium exports among the posts (publish it if it is a story)";
    }

    @Override
    public String kind() {
        return "other file";
    }
}
