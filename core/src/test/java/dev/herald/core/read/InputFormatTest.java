package dev.herald.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputFormatTest {

    @Test
    void picksTheFormatByExtensionWhateverItsCase() {
        assertEquals(Optional.of(InputFormat.JSON), InputFormat.ofFileName("wire.JSON"));
        assertEquals(Optional.of(InputFormat.MARKDOWN), InputFormat.ofFileName("story.md"));
        assertEquals(Optional.of(InputFormat.WIRE), InputFormat.ofFileName("copy.Txt"));
    }

    @Test
    void readsMarkdownByTheNamesOtherPublishersGiveIt() {
        for (String name : new String[] {"2024-11-02-welcome.markdown", "a.mdown", "a.mkdn", "a.mkd", "a.MDWN"}) {
            assertEquals(Optional.of(InputFormat.MARKDOWN), InputFormat.ofFileName(name), name);
        }
    }

    @Test
    void leavesOtherFilesAlone() {
        for (String name : new String[] {"photo.jpg", "herald.yaml", "story.meta.yaml", "notes.mdx", "md", "a.txt.bak"}) {
            assertEquals(Optional.empty(), InputFormat.ofFileName(name), name);
        }
    }
}
