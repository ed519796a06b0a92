package dev.herald.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.herald.core.format.json.ArticleJsonCodec;
import dev.herald.core.io.InputResolver;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ArticleReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the store writes (the JSON and the tags column), it reads back as the very article core's strict reader made. */
class TagsColumnTest {

    @Test
    void readsBackEveryExampleArticleExactly() throws Exception {
        ArticleReader reader = ArticleReader.forSite(SiteSettings.defaults());
        List<Article> examples = new ArrayList<>();
        for (Path file : InputResolver.articleFiles(Path.of("../examples"))) {
            examples.addAll(reader.read(file).articleList());
        }
        assertFalse(examples.isEmpty());
        ArticleJsonCodec writer = new ArticleJsonCodec();
        for (Article article : examples) {
            String stored = new String(writer.write(article), StandardCharsets.UTF_8);
            assertEquals(article, writer.readStored(stored), article.id());
            assertEquals(article.tags(), TagsColumn.read(TagsColumn.of(article)), article.id());
        }
    }
}
