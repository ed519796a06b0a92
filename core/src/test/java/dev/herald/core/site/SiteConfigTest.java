package dev.herald.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.model.SiteSettings;
import dev.herald.core.problem.Problem;
import dev.herald.core.problem.Problems;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigTest {

    private static final String KNOWN = "; known: authors, baseUrl, description, language, static, tags, title";

    @TempDir
    Path folder;

    @Test
    void readsTheSettings() throws IOException {
        Files.createDirectories(folder.resolve("assets"));
        Path file = Files.writeString(folder.resolve("herald.yaml"),
                "title: Harbour Times\nbaseUrl: https://harbour.example\nlanguage: nb\nstatic: assets\n");
        Problems problems = new Problems(file.toString());

        SiteSettings site = SiteConfig.read(file, problems);

        assertEquals(List.of(), problems.toList());
        assertEquals("Harbour Times", site.title());
        assertEquals(URI.create("https://harbour.example"), site.baseUrl());
        assertEquals(folder.resolve("assets").toAbsolutePath(), SiteConfig.staticFolder(file));
    }

    @Test
    void namesHeraldsKeyForTheKeysOfHugosAndJekyllsSettings() throws IOException {
        Path file = Files.writeString(folder.resolve("herald.yaml"),
                "title: Harbour Times\nbaseURL: https://harbour.example\nlanguageCode: nb\nurl: https://harbour.example\ntitel: x\n");

        assertEquals(List.of(
                "herald.yaml:2: unknown key \"baseURL\" (Herald calls it \"baseUrl\")" + KNOWN,
                "herald.yaml:3: unknown key \"languageCode\" (Herald calls it \"language\")" + KNOWN,
                "herald.yaml:4: unknown key \"url\" (Herald calls it \"baseUrl\")" + KNOWN,
                "herald.yaml:5: unknown key \"titel\" (did you mean \"title\"?)" + KNOWN), problemsOf(file));
    }

    @Test
    void saysWhenTheFileOrTheFolderOfOwnFilesIsMissing() throws IOException {
        Path file = Files.writeString(folder.resolve("herald.yaml"), "title: Harbour Times\nstatic: publc\n");

        assertEquals(List.of("herald.yaml:2: warning: static: no such folder: " + folder.resolve("publc").toAbsolutePath()
                + "; the site has no own files"), problemsOf(file));
        assertEquals(List.of("nothere.yaml: no such file"), problemsOf(folder.resolve("nothere.yaml")));
    }

    @Test
    void readsTheSettingsAsStrictlyAsArticles() throws IOException {
        Path latin1 = Files.write(folder.resolve("herald.yaml"),
                "title: Z\u00fcrich Times\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("herald.yaml:1: not valid UTF-8 (byte 0xFC at offset 8); save the file as UTF-8"),
                problemsOf(latin1));
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.isReadable(zero), "a system without /dev/zero");
        Path endless = Files.createSymbolicLink(folder.resolve("endless.yaml"), zero);
        assertEquals(List.of("endless.yaml: holds more than 16 MiB (a device, or a file that grew while read); article"
                + " files may be at most that"), problemsOf(endless));
    }

    @Test
    void aBaseUrlWithAQueryOrCredentialsIsNoSitesBase() throws IOException {
        Path query = Files.writeString(folder.resolve("herald.yaml"), "baseUrl: https://harbour.example/?edition=uk\n");
        assertEquals(List.of("herald.yaml:1: baseUrl: must have no query or fragment (nothing after a ? or #): every"
                + " link and id is made of it, was \"https://harbour.example/?edition=uk\""), problemsOf(query));
        Path user = Files.writeString(folder.resolve("herald.yaml"), "baseUrl: https://editor:secret@harbour.example/\n");
        assertEquals(List.of("herald.yaml:1: baseUrl: must name no user or password: every link would publish it, was"
                + " \"https://editor:secret@harbour.example/\""), problemsOf(user));
    }

    @Test
    void aStaticFolderMustBeNamedByText() throws IOException {
        Path file = Files.writeString(folder.resolve("herald.yaml"), "title: Harbour Times\nstatic: [a, b]\n");

        assertEquals(List.of("herald.yaml:2: static: must be text, was a list"), problemsOf(file));
    }

    @Test
    void saysWhatATextSettingWasGivenInstead() throws IOException {
        Path number = Files.writeString(folder.resolve("herald.yaml"), "title: 2027\ndescription: \"  \"\n");
        assertEquals(List.of("herald.yaml:1: title: must be text, was the number 2027",
                "herald.yaml:2: description: must be non-blank text"), problemsOf(number));
        Path language = Files.writeString(folder.resolve("herald.yaml"), "language: english\n");
        assertEquals(List.of("herald.yaml:1: language: is not a BCP 47 language tag: \"english\" (write en)"),
                problemsOf(language));
    }

    @Test
    void showsHowToWriteAListGivenAsOneText() throws IOException {
        Path file = Files.writeString(folder.resolve("herald.yaml"), "title: Harbour Times\nauthors: Jane Doe\n"
                + "tags: Politics, Sport\n");

        assertEquals(List.of("herald.yaml:2: authors: must be a list of strings (a list is written [\"Jane Doe\"])",
                "herald.yaml:3: tags: must be a list of strings (a list is written [\"Politics\", \"Sport\"])"),
                problemsOf(file));
    }

    // each problem as printed, with the file's name alone
    private List<String> problemsOf(Path file) {
        Problems problems = new Problems(file.getFileName().toString());
        SiteConfig.read(file, problems);
        return problems.toList().stream().map(Problem::toString).toList();
    }
}
