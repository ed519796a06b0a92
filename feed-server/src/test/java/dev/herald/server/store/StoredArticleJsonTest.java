package dev.herald.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.herald.core.io.ArticleJsonWriter;
import dev.herald.core.io.InputResolver;
import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ArticleReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the store writes, it reads back as the very article core's strict reader made. */
class StoredArticleJsonTest {

    @Test
    void readsBackEveryExampleArticleExactly() throws Exception {
        ArticleReader reader = new ArticleReader(SiteSettings.defaults(), null);
        List<Article> examples = new ArrayList<>();
        for (Path file : InputResolver.articleFiles(Path.of("../examples"))) {
            examples.addAll(reader.read(file).articleList());
        }
        assertFalse(examples.isEmpty());
        ArticleJsonWriter writer = new ArticleJsonWriter();
        for (Article article : examples) {
            String stored = new String(writer.write(article), StandardCharsets.UTF_8);
            assertEquals(article, StoredArticleJson.read(stored), article.id());
            assertEquals(article.tags(), StoredArticleJson.readTagsColumn(StoredArticleJson.tagsColumn(article)),
                    article.id());
        }
    }
}
