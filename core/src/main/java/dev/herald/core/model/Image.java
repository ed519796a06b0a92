package dev.herald.core.model;

/**
 * The lead image of an article. Wire copy often has a caption and credit but no image file, so
 * the URL may be missing while the caption is known.
 *
 * @param url     absolute URL of the image, or null if not known
 * @param caption plain-text caption without the credit, or null
 * @param credit  photo credit such as {@code REUTERS/Name}, or null
 * @param alt     alternative text, or null (the caption serves then)
 */
public record Image(java.net.URI url, String caption, String credit, String alt) {

    public Image {
        if (url == null && caption == null && credit == null) {
            throw new IllegalArgumentException("an image needs a url, a caption or a credit");
        }
    }

    /** Alternative text for an {@code img} element: {@link #alt()}, else the caption, else empty. */
    public String altText() {
        if (alt != null) {
            return alt;
        }
        return caption != null ? caption : "";
    }
}
