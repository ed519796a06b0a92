package dev.herald.core.feed.rome;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import dev.herald.core.feed.ImageTypes;
import dev.herald.core.model.Image;

/** The lead image as Media RSS: {@code media:content} with its caption and credit. */
final class MediaRss {

    private MediaRss() {
    }

    /**
     * {@code media:content medium="image"} with {@code media:description} and {@code media:credit};
     * for an image known only by its caption (wire copy), the description and credit alone, which
     * Media RSS allows at item level.
     */
    static MediaEntryModuleImpl of(Image image) {
        Metadata metadata = new Metadata();
        if (image.caption() != null) {
            metadata.setDescription(image.caption());
            metadata.setDescriptionType("plain");
        }
        if (image.credit() != null) {
            metadata.setCredits(new Credit[] {new Credit(null, null, image.credit())});
        }
        MediaEntryModuleImpl media = new MediaEntryModuleImpl();
        if (image.url() == null) {
            media.setMetadata(metadata);
            return media;
        }
        MediaContent content = new MediaContent(new UrlReference(image.url()));
        content.setMedium("image");
        ImageTypes.of(image.url()).ifPresent(content::setType);
        content.setMetadata(metadata);
        media.setMediaContents(new MediaContent[] {content});
        return media;
    }
}
