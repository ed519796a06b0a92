package dev.herald.core.read.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.core.model.Article;
import dev.herald.core.model.Tag;
import dev.herald.core.read.feed.FeedImporter.Import;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A Blogger export, in its two forms (Settings › Back up content; Google Takeout), imported as a
 * blog moving to Herald means it: its posts as articles named as on the blog, its drafts
 * unpublished, its pages, readers' comments, settings and template left out; and a draft of any
 * Atom feed, marked as the Atom Publishing Protocol marks it, unpublished.
 */
class BloggerExportTest {

    private static final String LEGACY = """
            <?xml version='1.0' encoding='UTF-8'?>
            <feed xmlns='http://www.w3.org/2005/Atom' xmlns:app='http://purl.org/atom/app#'>
              <id>tag:blogger.com,1999:blog-42</id><title>Harbour Notes</title><updated>2026-12-07T10:00:00Z</updated>
              <entry>
                <id>tag:blogger.com,1999:blog-42.post-501</id>
                <published>2026-11-01T10:00:00.000+01:00</published>
                <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
                <category scheme='http://www.blogger.com/atom/ns#' term='Ferries'/>
                <title type='text'>New ferry berth</title><content type='html'>&lt;p&gt;The berth opens.&lt;/p&gt;</content>
                <link rel='alternate' type='text/html' href='https://harbournotes.blogspot.com/2026/11/new-ferry-berth.html'/>
                <author><name>Ana Ruiz</name></author>
              </entry>
              <entry>
                <id>tag:blogger.com,1999:blog-42.post-502</id><published>2026-11-05T10:00:00.000Z</published>
                <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/>
                <title type='text'>Half-written</title><content type='html'>&lt;p&gt;Later.&lt;/p&gt;</content>
                <app:control><app:draft>yes</app:draft></app:control>
              </entry>
              <entry>
                <id>tag:blogger.com,1999:blog-42.page-503</id><published>2026-01-01T10:00:00.000Z</published>
                <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#page'/>
                <title type='text'>About</title><content type='html'>&lt;p&gt;Us.&lt;/p&gt;</content>
              </entry>
              <entry>
                <id>tag:blogger.com,1999:blog-42.post-501.comment-9</id><published>2026-11-03T10:00:00.000Z</published>
                <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/>
                <title type='text'>Finally</title><content type='html'>Finally!</content>
              </entry>
              <entry>
                <id>tag:blogger.com,1999:blog-42.settings.BLOG_NAME</id><published>2026-01-01T10:00:00.000Z</published>
                <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#settings'/>
                <title type='text'>Settings</title><content type='text'>Harbour Notes</content>
              </entry>
              <entry>
                <id>tag:blogger.com,1999:blog-42.settings.BLOG_DESCRIPTION</id><published>2026-01-01T10:00:00.000Z</published>
                <category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#settings'/>
                <title type='text'>Settings</title><content type='text'>Notes from the harbour</content>
              </entry>
            </feed>
            """;

    private static final String TAKEOUT = """
            <?xml version='1.0' encoding='UTF-8'?>
            <feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'>
              <id>tag:blogger.com,1999:blog-7</id><title>Harbour Notes</title><updated>2026-12-07T10:00:00Z</updated>
              <entry>
                <id>tag:blogger.com,1999:blog-7.post-31</id><blogger:type>POST</blogger:type>
                <blogger:status>LIVE</blogger:status><blogger:filename>/2026/12/pier-lights.html</blogger:filename>
                <published>2026-12-01T18:00:00Z</published><category term='Pier'/>
                <title>Pier lights</title><content type='html'>&lt;p&gt;Lit again.&lt;/p&gt;</content>
              </entry>
              <entry>
                <id>tag:blogger.com,1999:blog-7.post-32</id><blogger:type>POST</blogger:type>
                <blogger:status>DRAFT</blogger:status><published>2026-12-02T18:00:00Z</published>
                <title>Dredging plans</title><content type='html'>&lt;p&gt;Soon.&lt;/p&gt;</content>
              </entry>
              <entry>
                <id>tag:blogger.com,1999:blog-7.post-33</id><blogger:type>POST</blogger:type>
                <blogger:status>SOFT_TRASHED</blogger:status><published>2026-12-03T18:00:00Z</published>
                <title>Wrong date</title><content type='html'>&lt;p&gt;Oops.&lt;/p&gt;</content>
              </entry>
              <entry>
                <id>tag:blogger.com,1999:blog-7.post-31.comment-2</id><blogger:type>COMMENT</blogger:type>
                <published>2026-12-01T19:00:00Z</published><title>Nice</title><content type='html'>Nice.</content>
              </entry>
            </feed>
            """;

    private final FeedImporter importer = new FeedImporter();

    @Test
    void importsALegacyExportsPostsAndLeavesOutItsPagesCommentsAndSettings() {
        Import imported = importXml(LEGACY);
        Map<String, Article> byTitle = byTitle(imported);
        assertEquals(List.of("Half-written", "New ferry berth"), byTitle.keySet().stream().sorted().toList());
        Article berth = byTitle.get("New ferry berth");
        assertEquals("new-ferry-berth", berth.id());
        assertEquals(List.of("Ferries"), berth.tags().stream().map(Tag::label).toList(), "the entry's kind is no tag");
        assertFalse(berth.draft());
        assertTrue(byTitle.get("Half-written").draft());
        assertEquals(List.of(
                "blogger.xml: warning: skipped what a Blogger export holds beside its stories: 1 page, 1 comment,"
                        + " 2 settings",
                "blogger.xml: warning: 1 post imported as a draft (draft: true), not published: drafts (app:draft, or a"
                        + " Blogger draft)"), imported.problems().stream().map(Object::toString).toList());
    }

    @Test
    void importsATakeoutExportsLivePostsAndKeepsItsDraftsUnpublished() {
        Import imported = importXml(TAKEOUT);
        Map<String, Article> byTitle = byTitle(imported);
        assertEquals(List.of("Dredging plans", "Pier lights"), byTitle.keySet().stream().sorted().toList());
        assertEquals("pier-lights", byTitle.get("Pier lights").id());
        assertTrue(byTitle.get("Dredging plans").draft());
        assertTrue(imported.problems().stream().anyMatch(p -> p.toString().equals("blogger.xml: warning: skipped what"
                + " a Blogger export holds beside its stories: 1 post in the trash, 1 comment")),
                imported.problems().toString());
    }

    @Test
    void aDraftOfAnyAtomFeedStaysUnpublishedWithTheIdItWillKeep() {
        String draft = """
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:app="http://www.w3.org/2007/app">
                  <id>urn:uuid:harbour</id><title>Harbour</title><updated>2026-12-07T10:00:00Z</updated>
                  <entry><id>https://harbour.example/ferry-fares</id><title>Ferry fares</title>
                    <updated>2026-12-07T10:00:00Z</updated><app:control><app:draft>yes</app:draft></app:control>
                    <content>Up.</content></entry>
                </feed>
                """;
        Article article = importXml(draft).articles().get(0).article();
        assertTrue(article.draft());
        assertEquals("ferry-fares", article.id());
    }

    private Import importXml(String xml) {
        return importer.importFeed("blogger.xml", xml.getBytes(StandardCharsets.UTF_8), null);
    }

    private static Map<String, Article> byTitle(Import imported) {
        return imported.articles().stream().map(FeedImporter.ImportedArticle::article)
                .collect(Collectors.toMap(Article::title, Function.identity()));
    }
}
