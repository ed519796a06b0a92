package dev.herald.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.runtime.configuration.ConfigurationException;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site the server publishes, from its configuration over the content folder's herald.yaml. */
class ServerSiteTest {

    @TempDir
    Path content;

    @Test
    void theConfigurationOverridesTheSettingsFileWhichOverridesTheDefaults() throws IOException {
        Files.writeString(content.resolve("herald.yaml"), "title: Harbour Gazette\ndescription: From the quays.\n"
                + "baseUrl: https://harbour.example.org\nauthors: [Harbour Desk]\ntags: [Ferries]\nstatic: assets\n");

        ServerSite site = ServerSite.of(config(Map.of("contentDir", content.toString(), "title", "Live Gazette")));

        assertEquals("Live Gazette", site.settings().title());
        assertEquals("From the quays.", site.settings().description());
        assertEquals("en", site.settings().language());
        assertEquals(URI.create("http://localhost:8080"), site.settings().baseUrl());
        assertEquals("Harbour Desk", site.settings().authors().get(0).name());
        assertEquals("Ferries", site.settings().tagVocabulary().get(0).label());
        assertEquals(Optional.of(content.resolve("assets").toAbsolutePath()), site.staticFolder());
    }

    @Test
    void takesTheLanguageALanguageTagOrANameStandsFor() {
        assertEquals("pt-BR", ServerSite.of(config(Map.of("language", "pt-br"))).settings().language());
        assertEquals("en-GB", ServerSite.of(config(Map.of("language", "en_GB"))).settings().language());
        assertEquals("fr", ServerSite.of(config(Map.of("language", "French"))).settings().language());
        ConfigurationException none = assertThrows(ConfigurationException.class,
                () -> ServerSite.of(config(Map.of("language", "xx"))));
        assertEquals("HERALD_SITE_LANGUAGE is not a BCP 47 language tag: \"xx\" (a language's code, such as en or pt-BR)",
                none.getMessage());
    }

    @Test
    void neverServesTheContentFolderAsTheSitesOwnFiles() throws IOException {
        Path inside = Files.createDirectories(content.resolve("news"));
        Files.writeString(inside.resolve("herald.yaml"), "static: .\n");

        assertEquals(Optional.empty(), ServerSite.of(config(Map.of("contentDir", inside.toString()))).staticFolder());
        assertEquals(Optional.empty(), ServerSite.of(config(Map.of("contentDir", inside.toString(),
                "staticDir", content.toString()))).staticFolder(), "a folder holding it neither");
        assertEquals(Optional.of(inside.resolve("static")), ServerSite.of(config(Map.of("contentDir", inside.toString(),
                "staticDir", inside.resolve("static").toString()))).staticFolder());
    }

    @Test
    void neverServesTheRootOrTheHomeFolderAsTheSitesOwnFiles() {
        assertEquals(Optional.empty(), ServerSite.of(config(Map.of("staticDir", "/"))).staticFolder());
        assertEquals(Optional.empty(), ServerSite.of(config(Map.of("staticDir", System.getProperty("user.home"))))
                .staticFolder());
    }

    @Test
    void neverServesTheDatabasesFolderAsTheSitesOwnFiles() {
        Path shared = content.resolve("srv");
        assertEquals(Optional.empty(), ServerSite.of(config(Map.of("staticDir", shared.toString(),
                "dataDir", shared.resolve("db").toString()))).staticFolder());
        assertEquals(Optional.of(shared), ServerSite.of(config(Map.of("staticDir", shared.toString(),
                "dataDir", content.resolve("db").toString()))).staticFolder());
    }

    // the keys ServerSite reads; every other is unset
    private static HeraldConfig config(Map<String, String> values) {
        HeraldConfig.Site site = (HeraldConfig.Site) Proxy.newProxyInstance(ServerSiteTest.class.getClassLoader(),
                new Class<?>[] {HeraldConfig.Site.class}, (proxy, method, args) -> Optional.ofNullable(values.get(method.getName())));
        return (HeraldConfig) Proxy.newProxyInstance(ServerSiteTest.class.getClassLoader(), new Class<?>[] {HeraldConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "baseUrl" -> URI.create("http://localhost:8080");
                    case "site" -> site;
                    case "contentDir", "staticDir" -> Optional.ofNullable(values.get(method.getName()));
                    case "dataDir" -> values.getOrDefault("dataDir", "./data");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
