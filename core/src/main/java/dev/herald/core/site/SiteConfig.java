package dev.herald.core.site;

import dev.herald.core.io.StaticFiles;
import dev.herald.core.model.Author;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tag;
import dev.herald.core.problem.Problems;
import dev.herald.core.query.Slugs;
import dev.herald.core.read.ArticleReader;
import dev.herald.core.read.binding.Field;
import dev.herald.core.read.binding.FieldMap;
import dev.herald.core.read.binding.KeySuggestions;
import dev.herald.core.read.binding.YamlObjects;
import dev.herald.core.text.LanguageTags;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code herald.yaml}, the site settings at the root of a source folder: {@code title},
 * {@code description}, {@code baseUrl}, {@code language}, {@code authors} (names) and {@code tags}
 * (the vocabulary suggested for wire copy), and {@code static}, the folder of the site's own files
 * ({@link #staticFolder}). Missing keys keep {@link SiteSettings#defaults()}.
 */
public final class SiteConfig {

    /** The settings file's name at the root of a source folder. */
    public static final String FILE_NAME = "herald.yaml";

    private static final Set<String> KEYS = Set.of("title", "description", "baseUrl", "language", "authors", "tags",
            "static");

    private SiteConfig() {
    }

    /**
     * What the settings file says: the settings, and the folder of the site's own files.
     *
     * @param staticFolder the folder {@code static} names, or {@link StaticFiles#DEFAULT_FOLDER}, beside the file
     */
    public record Loaded(SiteSettings settings, Path staticFolder) {
    }

    /** The settings in {@code file}; defaults for every key that is missing or has a problem. */
    public static SiteSettings read(Path file, Problems problems) {
        return load(file, problems).settings();
    }

    /** The settings in {@code file} and the folder of its own files, from one reading of it. */
    public static Loaded load(Path file, Problems problems) {
        Loaded defaults = new Loaded(SiteSettings.defaults(), folderNamed(file, StaticFiles.DEFAULT_FOLDER));
        Optional<String> text = ArticleReader.readText(file, problems);
        if (text.isEmpty()) {
            return defaults;
        }
        Optional<FieldMap> parsed = new YamlObjects().readObject(text.get(), 0, problems);
        if (parsed.isEmpty()) {
            return defaults;
        }
        return new Loaded(settings(file, parsed.get(), problems),
                folderNamed(file, parsed.get().text("static", new Problems(file.toString()))
                        .orElse(StaticFiles.DEFAULT_FOLDER)));
    }

    private static SiteSettings settings(Path file, FieldMap fields, Problems problems) {
        SiteSettings defaults = SiteSettings.defaults();
        for (Field field : fields.all()) {
            if (!KEYS.contains(field.name())) {
                problems.error(field.line(), null, KeySuggestions.unknownSetting(field.name(), KEYS) + "; known: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        fields.text("static", problems).map(named -> folderNamed(file, named)).filter(folder -> !Files.isDirectory(folder))
                .ifPresent(folder -> problems.warning(fields.find("static").orElseThrow().line(), "static",
                        "no such folder: " + folder + "; the site has no own files"));
        return new SiteSettings(
                fields.text("title", problems).orElse(defaults.title()),
                fields.text("description", problems).orElse(defaults.description()),
                baseUrl(fields, problems).orElse(defaults.baseUrl()),
                language(fields, problems).orElse(defaults.language()),
                fields.texts("authors", problems).stream().map(Author::named).toList(),
                tags(fields, problems));
    }

    /**
     * The folder of the site's own files that {@code file} names ({@code static: assets}),
     * relative to the folder holding it; {@link StaticFiles#DEFAULT_FOLDER} there when it names
     * none. Problems of the file are {@link #read}'s to report.
     */
    public static Path staticFolder(Path file) {
        return load(file, new Problems(file.toString())).staticFolder();
    }

    // a folder named in the settings file, relative to the folder holding it
    private static Path folderNamed(Path file, String name) {
        return file.toAbsolutePath().getParent().resolve(name.strip());
    }

    private static Optional<URI> baseUrl(FieldMap fields, Problems problems) {
        return fields.text("baseUrl", problems).flatMap(text -> {
            int line = fields.find("baseUrl").map(Field::line).orElse(0);
            Optional<String> problem;
            try {
                URI uri = new URI(text);
                problem = SiteSettings.baseUrlProblem(uri);
                if (problem.isEmpty()) {
                    return Optional.of(uri);
                }
            } catch (URISyntaxException e) {
                problem = Optional.of("must be an absolute http or https URL such as https://news.example.org");
            }
            problems.error(line, "baseUrl", problem.get() + ", was \"" + text + "\"");
            return Optional.empty();
        });
    }

    private static Optional<String> language(FieldMap fields, Problems problems) {
        return fields.text("language", problems).flatMap(text -> {
            try {
                return Optional.of(LanguageTags.canonical(text));
            } catch (IllegalArgumentException e) {
                problems.error(fields.find("language").map(Field::line).orElse(0), "language", e.getMessage());
                return Optional.empty();
            }
        });
    }

    private static List<Tag> tags(FieldMap fields, Problems problems) {
        List<Tag> tags = new ArrayList<>();
        for (String label : fields.texts("tags", problems)) {
            Slugs.tag(label).ifPresentOrElse(tags::add, () -> problems.error(
                    fields.find("tags").map(Field::line).orElse(0), "tags", "\"" + label + "\" has no letter or digit"));
        }
        return tags;
    }
}
