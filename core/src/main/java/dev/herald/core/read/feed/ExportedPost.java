package dev.herald.core.read.feed;

/**
 * What a publishing system's export (WordPress's, Ghost's, Substack's, Medium's) or a site
 * generator's post (Jekyll's, Hugo's) says of an item beyond what a feed says: whether it is a
 * story at all, whether it was published, and its slug. An export holds a site's drafts, pages
 * and more beside its published posts.
 */
interface ExportedPost {

    /** The system whose export it comes from, as its users name it: "WordPress", "Ghost". */
    String system();

    /** The file that holds the item alone, which its problems then name; null when a file holds them all. */
    default String file() {
        return null;
    }

    /** What holds the items, for the count of what was skipped: "a WordPress export". */
    default String holder() {
        return "a " + system() + " export";
    }

    /** Whether the item is a story, not a page, medium or menu entry: the others are skipped and counted. */
    boolean isStory();

    /** Whether no reader may see it yet, or ever (a draft, a private post): it is imported as a draft. */
    boolean isUnpublished();

    /** Why it is kept unpublished, for the warning that counts such posts: "drafts on Ghost". */
    String whyUnpublished();

    /** What the item is, as a count's word: "page", "attachment", "post in the trash". */
    String kind();

    /** The slug of its address on the old site, the imported article's id; "" when it has none. */
    String slug();

    /** A count of items of a kind: "1 page", "3 pages", "2 posts in the trash". */
    static String count(int count, String kind) {
        if (count == 1) {
            return "1 " + kind;
        }
        int in = kind.indexOf(" in ");
        return count + " " + (in < 0 ? kind + "s" : kind.substring(0, in) + "s" + kind.substring(in));
    }
}
