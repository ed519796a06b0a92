package dev.herald.cli;

import dev.herald.core.io.StaticFiles;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.problem.Problems;
import dev.herald.core.site.SiteConfig;
import dev.herald.core.text.LanguageTags;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Site settings from {@code herald.yaml}, overridden by options. */
final class SiteOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Site settings (default: herald.yaml in the first input folder, or beside the first input file).")
    Path config;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
            description = "Absolute base of every link and id.")
    URI baseUrl;

    @Option(names = "--title", paramLabel = "TEXT", description = "Site and feed title.")
    String title;

    @Option(names = "--description", paramLabel = "TEXT", description = "Site and feed description.")
    String description;

    @Option(names = "--language", paramLabel = "TAG", converter = LanguageConverter.class,
            description = "Site and feed language, a BCP 47 tag such as en or pt-BR.")
    String language;

    static final class BaseUrlConverter implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            URI url;
            try {
                url = new URI(value);
            } catch (URISyntaxException e) {
                throw new TypeConversionException("'" + value + "' is no URL: " + e.getReason() + " at character "
                        + (e.getIndex() + 1) + (value.contains(" ") ? " (write a space as %20)" : ""));
            }
            SiteSettings.baseUrlProblem(url).ifPresent(problem -> {
                throw new TypeConversionException("'" + value + "' cannot be the site's base URL: it " + problem);
            });
            return url;
        }
    }

    static final class LanguageConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return LanguageTags.canonical(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' " + e.getMessage().replaceFirst(": \"[^\"]*\"", ""));
            }
        }
    }

    /** The settings, with problems of the settings file reported to {@code problems}. */
    SiteSettings resolve(List<String> inputs, Problems problems) {
        SiteSettings site = configFile(inputs).map(file -> SiteConfig.read(file, problems.forSource(file.toString())))
                .orElse(SiteSettings.defaults());
        if (baseUrl != null) {
            site = site.withBaseUrl(baseUrl);
        }
        if (title != null) {
            site = site.withTitle(title);
        }
        if (description != null) {
            site = site.withDescription(description);
        }
        if (language != null) {
            site = site.withLanguage(language);
        }
        return site;
    }

    /**
     * The folder of the site's own files: the one {@code herald.yaml} names, else {@code static}
     * in the first input folder; empty when the inputs are files alone.
     */
    Optional<Path> staticFolder(List<String> inputs) {
        Optional<Path> file = configFile(inputs);
        if (file.isPresent()) {
            return Optional.of(SiteConfig.staticFolder(file.get()));
        }
        return inputs.stream().filter(input -> !input.equals("-")).findFirst().map(Path::of).filter(Files::isDirectory)
                .map(folder -> folder.resolve(StaticFiles.DEFAULT_FOLDER));
    }

    /** The settings file: {@code --config}, else {@code herald.yaml} of the first input, if there is one. */
    Optional<Path> configFile(List<String> inputs) {
        if (config != null) {
            return Optional.of(config);
        }
        for (String input : inputs) {
            if (input.equals("-")) {
                continue;
            }
            Path path = Path.of(input);
            Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            Path candidate = folder.resolve(SiteConfig.FILE_NAME);
            return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
        }
        return Optional.empty();
    }
}
