package dev.herald.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.problem.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputResolverTest {

    @TempDir
    Path folder;

    @Test
    void aFoldersArticleFilesComeInTheOrderOfTheirPaths() throws IOException {
        // names whose order by path differs from the order of their file names alone, and a
        // folder beside a file of the same stem ("a/" sorts after "a.md" and "a-c.md")
        List<String> names = new ArrayList<>(List.of("a.md", "a/b.md", "a/a.json", "a-c.md", "B.md", "b.txt", "a0.md",
                "z/y/x.md", "z/y.md", "zürich.md", "zz.md", ".hidden.md", "notes.pdf", ".drafts/x.md"));
        Collections.shuffle(names, new Random(4));
        for (String name : names) {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{}");
        }

        List<Path> listed = InputResolver.articleFiles(folder);

        List<Path> expected = new ArrayList<>(List.of("a.md", "a/b.md", "a/a.json", "a-c.md", "B.md", "b.txt", "a0.md",
                "z/y/x.md", "z/y.md", "zürich.md", "zz.md").stream().map(folder::resolve).toList());
        Collections.sort(expected); // the order of the paths themselves
        assertEquals(expected, listed);
        assertEquals(folder.resolve("B.md"), listed.get(0));
        assertEquals(List.of("a-c.md", "a.md", "a/a.json", "a/b.md"), listed.subList(1, 5).stream()
                .map(path -> folder.relativize(path).toString()).toList());
    }

    @Test
    void aFolderGivenByALinkIsListedAsTheFolderItLinksToUnderTheLinksName() throws IOException {
        // /srv/news linking to a mounted volume: the walk alone took the link for one file and listed nothing
        Path volume = Files.createDirectories(folder.resolve("volume"));
        Files.createDirectories(volume.resolve("world"));
        Files.writeString(volume.resolve("a.md"), "{}");
        Files.writeString(volume.resolve("world/b.md"), "{}");
        Path news = Files.createSymbolicLink(folder.resolve("news"), volume);

        assertEquals(List.of(news.resolve("a.md"), news.resolve("world/b.md")), InputResolver.articleFiles(news));
        Files.createDirectories(volume.resolve("static"));
        Files.writeString(volume.resolve("static/logo.png"), "png");
        assertEquals(Map.of("/logo.png", news.resolve("static/logo.png")), StaticFiles.of(news.resolve("static")).files());
        Path own = Files.createSymbolicLink(folder.resolve("own"), volume.resolve("static"));
        assertEquals(Map.of("/logo.png", own.resolve("logo.png")), StaticFiles.of(own).files());
    }

    @Test
    void aFolderOrFileThatCannotBeReadIsAProblemOfItsOwnAndTheListingGoesOn() throws IOException {
        // root reads every folder, so the failure the walk reports is handed to the listing directly
        List<Problem> problems = new ArrayList<>();
        InputResolver.ArticleFiles listing = new InputResolver.ArticleFiles(folder, null, problems);
        Path locked = folder.resolve("locked");
        assertEquals(FileVisitResult.CONTINUE, listing.visitFileFailed(locked, new AccessDeniedException(locked.toString())));
        assertEquals(FileVisitResult.CONTINUE, listing.visitFileFailed(folder.resolve(".cache"),
                new AccessDeniedException(folder.resolve(".cache").toString())));
        assertEquals(List.of(Problem.error(locked.toString(), 0, null, "cannot be read: permission denied")), problems);
    }
}
