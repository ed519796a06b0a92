package dev.herald.core.read.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.herald.core.model.Article;
import dev.herald.core.model.Image;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wire copy as German, French, Spanish, Italian, Portuguese, Dutch and Swedish news pages and
 * agencies give it: their bylines, time stamps, credits and page furniture (the stories are made up).
 */
class WireCopyInOtherLanguagesTest {

    private static final Instant FILE_TIME = Instant.parse("2024-12-03T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void readsAGermanPageWithItsKickerBylineAndDeskInitials() throws IOException {
        ReadResult result = read("haushalt.txt", """
                Haushalt 2025
                Koalition einigt sich auf den Etat

                Nach wochenlangen Verhandlungen steht der Entwurf. Die Opposition spricht von Tricks.

                Von Anna Schmidt und Jonas Weber, Berlin

                03.12.2024, 10.21 Uhr

                Artikel teilen

                Die Koalition hat sich auf einen Entwurf für das kommende Jahr geeinigt.

                Mehr zum Thema

                Lesen Sie auch: Was die Schuldenbremse erlaubt

                Die Neuverschuldung soll bei 51 Milliarden Euro liegen.

                ani/dpa
                """);
        Article article = result.articleList().get(0);
        assertEquals("Koalition einigt sich auf den Etat", article.title());
        assertEquals(List.of("Anna Schmidt", "Jonas Weber"), names(article));
        assertEquals("Nach wochenlangen Verhandlungen steht der Entwurf. Die Opposition spricht von Tricks.",
                article.summary());
        assertEquals("""
                <p>Nach wochenlangen Verhandlungen steht der Entwurf. Die Opposition spricht von Tricks.</p>
                <p>Die Koalition hat sich auf einen Entwurf für das kommende Jahr geeinigt.</p>
                <p>Die Neuverschuldung soll bei 51 Milliarden Euro liegen.</p>
                """, article.contentHtml());
        assertEquals(List.of("haushalt.txt:1: warning: the line above the headline (\"Haushalt 2025\" …) taken for"
                + " the page's sections and left out", "haushalt.txt:2: warning: language: the copy reads as German, not as"
                + " the site's English: its language is \"de\" (a sidecar's \"language:\" says otherwise)",
                "haushalt.txt:2: warning: published: no date in a sidecar or option:"
                + " using the file's modification time 2024-12-03T10:00:00Z"), problems(result));
    }

    @Test
    void readsAgencyCopyWithItsDatelineCopyrightAndWrappedLines() throws IOException {
        Article article = read("rente.txt", """
                Bundestag beschließt Rentenpaket

                Berlin (dpa) - Der Bundestag hat am Dienstag das Rentenpaket
                beschlossen. Der Vorschlag kam im Sommer
                von Olaf Scholz und wurde lange verhandelt.

                Stand: 03.12.2024 10:21 Uhr

                dpa-AFX

                © dpa-infocom, dpa:241203-99-123456/2
                """).articleList().get(0);
        assertEquals("Bundestag beschließt Rentenpaket", article.title());
        assertEquals(List.of(), article.authors());
        assertEquals("""
                <p>Berlin (dpa) - Der Bundestag hat am Dienstag das Rentenpaket beschlossen. Der Vorschlag kam im \
                Sommer von Olaf Scholz und wurde lange verhandelt.</p>
                """, article.contentHtml());
    }

    @Test
    void readsFrenchPagesWithTheirCreditsStampsAndLinks() throws IOException {
        Article monde = read("eau.txt", """
                Le gouvernement présente un plan pour l’eau potable

                Le ministère veut rénover 10 000 kilomètres de canalisations d’ici à 2030.

                Le Monde avec AFP

                Publié le 03 décembre 2024 à 10h21, modifié le 03 décembre 2024 à 11h05

                Temps de Lecture 2 min.

                Lire plus tard

                Le gouvernement a présenté mardi un plan de 2 milliards d’euros.

                Lire aussi | Sécheresse : les nappes au plus bas

                Le plan prévoit la rénovation des canalisations.

                Le Monde avec AFP
                """).articleList().get(0);
        assertEquals("Le gouvernement présente un plan pour l’eau potable", monde.title());
        assertNull(monde.image());
        assertEquals("""
                <p>Le ministère veut rénover 10 000 kilomètres de canalisations d’ici à 2030.</p>
                <p>Le gouvernement a présenté mardi un plan de 2 milliards d’euros.</p>
                <p>Le plan prévoit la rénovation des canalisations.</p>
                """, monde.contentHtml());

        Article figaro = read("greve.txt", """
                Grève à la SNCF : le trafic fortement perturbé mardi

                Par Jean Dupont et Claire Martin

                Publié le 03/12/2024 à 10:21, mis à jour le 03/12/2024 à 11:05

                Le trafic était fortement perturbé mardi sur l’ensemble du réseau.
                """).articleList().get(0);
        assertEquals(List.of("Jean Dupont", "Claire Martin"), names(figaro));
        assertEquals("Le trafic était fortement perturbé mardi sur l’ensemble du réseau.", figaro.summary());

        Article tv = read("cortege.txt", """
                Des manifestations dans plusieurs villes contre la réforme
                Des milliers de personnes ont défilé mardi à Paris. © Ludovic Marin, AFP
                Texte par : FRANCE 24
                Publié le : 03/12/2024 - 10:21
                Modifié le : 03/12/2024 - 11:05
                2 mn

                Des milliers de personnes ont manifesté mardi dans plusieurs villes de France.
                """).articleList().get(0);
        assertEquals("Des manifestations dans plusieurs villes contre la réforme", tv.title());
        assertEquals(new Image(null, "Des milliers de personnes ont défilé mardi à Paris.", "© Ludovic Marin, AFP", null),
                tv.image());
        assertEquals(List.of(), tv.authors());
        assertEquals("Des milliers de personnes ont manifesté mardi dans plusieurs villes de France.", tv.summary());
    }

    @Test
    void readsSpanishItalianPortugueseDutchAndSwedishBylinesAndStamps() throws IOException {
        Article efe = read("vivienda.txt", """
                El Gobierno aprueba el plan de vivienda

                Por María García y Juan Pérez

                Madrid, 3 dic (EFE).- El Consejo de Ministros aprobó este martes un plan de vivienda.

                (c) Agencia EFE
                """).articleList().get(0);
        assertEquals(List.of("María García", "Juan Pérez"), names(efe));
        assertEquals("<p>Madrid, 3 dic (EFE).- El Consejo de Ministros aprobó este martes un plan de vivienda.</p>\n",
                efe.contentHtml());

        Article pais = read("alquiler.txt", """
                El Gobierno aprueba un plan para construir 50.000 viviendas

                El programa contará con 4.000 millones de euros

                María García
                Madrid - 03 dic 2024 - 10:21 CET

                El Consejo de Ministros aprobó este martes el plan.

                Leer más: La vivienda, principal preocupación de los jóvenes
                """).articleList().get(0);
        assertEquals(List.of("María García"), names(pais));
        assertEquals("""
                <p>El programa contará con 4.000 millones de euros</p>
                <p>El Consejo de Ministros aprobó este martes el plan.</p>
                """, pais.contentHtml());

        Article press = read("salario.txt", """
                Sánchez anuncia una subida del salario mínimo

                MADRID, 3 (EUROPA PRESS)

                El presidente del Gobierno ha anunciado este martes una subida del salario mínimo.

                Publicado: martes, 3 diciembre 2024 10:21
                """).articleList().get(0);
        assertEquals("<p>MADRID, 3 (EUROPA PRESS) El presidente del Gobierno ha anunciado este martes una subida"
                + " del salario mínimo.</p>\n", press.contentHtml());

        Article corriere = read("treni.txt", """
                Treni, sciopero nazionale di 24 ore

                di Mario Rossi e Giulia Bianchi

                Pubblicato il 3 dicembre 2024, 10:21 - modifica il 3 dicembre 2024, 11:05

                Sciopero nazionale dei treni di 24 ore a partire dalle 21 di martedì.

                Leggi anche: Trasporti, le date degli scioperi

                Riproduzione riservata © Copyright ANSA
                """).articleList().get(0);
        assertEquals(List.of("Mario Rossi", "Giulia Bianchi"), names(corriere));
        assertEquals("<p>Sciopero nazionale dei treni di 24 ore a partire dalle 21 di martedì.</p>\n",
                corriere.contentHtml());

        Article publico = read("salario-minimo.txt", """
                Governo aprova aumento do salário mínimo

                Por João Silva

                Publicado em 03/12/2024 às 10:21

                Lisboa, 03 dez 2024 (Lusa) - O Governo aprovou hoje o aumento do salário mínimo.

                Leia também: Inflação abranda em novembro
                """).articleList().get(0);
        assertEquals(List.of("João Silva"), names(publico));

        Article hace = read("plan.txt", """
                El Gobierno aprueba el plan
                Por María García
                Actualizado hace 2 horas
                El Consejo de Ministros aprobó este martes un plan.
                """).articleList().get(0);
        assertEquals("<p>El Consejo de Ministros aprobó este martes un plan.</p>\n", hace.contentHtml());
        assertEquals("Lisboa, 03 dez 2024 (Lusa) - O Governo aprovou hoje o aumento do salário mínimo.",
                publico.summary());

        Article nos = read("jeugdzorg.txt", """
                Kabinet trekt extra geld uit voor jeugdzorg

                Door Pieter de Vries en Anne Jansen

                Gepubliceerd 3 december 2024 10:21
                Bijgewerkt 3 december 2024 11:05

                Het kabinet trekt 500 miljoen euro extra uit voor de jeugdzorg.

                Lees ook: Wachtlijsten lopen op
                """).articleList().get(0);
        assertEquals(List.of("Pieter de Vries", "Anne Jansen"), names(nos));
        assertEquals("<p>Het kabinet trekt 500 miljoen euro extra uit voor de jeugdzorg.</p>\n", nos.contentHtml());

        Article svt = read("forsvaret.txt", """
                Regeringen presenterar ny satsning på försvaret

                Av Erik Johansson och Sara Lind

                Publicerad 3 december 2024 10.21

                Regeringen vill öka försvarsanslaget med tio miljarder kronor nästa år.

                Satsningen ska främst gå till luftvärn.

                TT
                """).articleList().get(0);
        assertEquals(List.of("Erik Johansson", "Sara Lind"), names(svt));
        assertEquals("""
                <p>Regeringen vill öka försvarsanslaget med tio miljarder kronor nästa år.</p>
                <p>Satsningen ska främst gå till luftvärn.</p>
                """, svt.contentHtml());
    }

    @Test
    void readsStampsWithAReadingTimeOrSourcesAndABylineInLowerCaseUnderTheHeadline() throws IOException {
        Article welt = read("inflation.txt", """
                Inflation in der Eurozone sinkt
                Veröffentlicht am 03.12.2024 | Lesedauer: 2 Minuten
                Von Max Mustermann
                Die Inflation in der Eurozone ist im November gesunken.
                Quelle: WELT/dpa
                """).articleList().get(0);
        assertEquals(List.of("Max Mustermann"), names(welt));
        assertEquals("""
                <p>Die Inflation in der Eurozone ist im November gesunken.</p>
                <p>Quelle: WELT/dpa</p>
                """, welt.contentHtml());

        Article zeit = read("klima.txt", """
                EU einigt sich auf Klimaziel für 2040
                Die Mitgliedstaaten wollen den Ausstoß um 90 Prozent senken.
                Aktualisiert am 3. Dezember 2024, 10:21 Uhr Quelle: ZEIT ONLINE, dpa, AFP, anh
                Die EU-Staaten haben sich auf ein Klimaziel geeinigt.
                """).articleList().get(0);
        assertEquals("""
                <p>Die Mitgliedstaaten wollen den Ausstoß um 90 Prozent senken.</p>
                <p>Die EU-Staaten haben sich auf ein Klimaziel geeinigt.</p>
                """, zeit.contentHtml());

        Article libe = read("budget.txt", """
                Budget : le gouvernement engage sa responsabilité
                par Claire Martin
                publié le 3 décembre 2024 à 10h21
                Le Premier ministre a engagé mardi la responsabilité du gouvernement.
                """).articleList().get(0);
        assertEquals(List.of("Claire Martin"), names(libe));

        Article labelled = read("scooter.txt", """
                Neue Regeln für E-Scooter
                Autor: Max Mustermann
                Die Stadt führt neue Regeln für E-Scooter ein.
                """).articleList().get(0);
        assertEquals(List.of("Max Mustermann"), names(labelled));
        assertEquals("Die Stadt führt neue Regeln für E-Scooter ein.", labelled.summary());
        assertEquals("<p>Le Premier ministre a engagé mardi la responsabilité du gouvernement.</p>\n",
                libe.contentHtml());
    }

    @Test
    void givesCopyInAnotherLanguageThanTheSitesItsOwnLanguageUnlessItsSidecarNamesOne() throws IOException {
        String french = """
                La grève des contrôleurs perturbe le trafic aérien
                Le trafic était fortement perturbé mardi dans les aéroports du pays, au premier jour d’une grève \
                des contrôleurs aériens. Selon la direction, un vol sur deux a été annulé à Paris et dans le sud.
                Les syndicats réclament une hausse des salaires et des embauches. Le ministre a dit qu’il les \
                recevrait cette semaine pour une réunion sur les effectifs, mais sans promesse sur les salaires.
                """;
        ReadResult told = read("greve-aerienne.txt", french);
        assertEquals("fr", told.articleList().get(0).language());
        assertEquals(List.of("greve-aerienne.txt:1: warning: language: the copy reads as French, not as the site's"
                + " English: its language is \"fr\" (a sidecar's \"language:\" says otherwise)"),
                problems(told).stream().filter(problem -> problem.contains("language")).toList());

        Files.writeString(folder.resolve("greve-belge.meta.yaml"), "language: fr-BE\n");
        ReadResult named = read("greve-belge.txt", french);
        assertEquals("fr-BE", named.articleList().get(0).language());
        assertEquals(List.of(), problems(named).stream().filter(problem -> problem.contains("language")).toList());

        SiteSettings frenchSite = new SiteSettings("S", "", SiteSettings.DEFAULT_BASE_URL, "fr-FR", List.of(), List.of());
        assertNull(read("greve-site.txt", french, frenchSite).articleList().get(0).language(), "the site's");

        ReadResult english = read("strike.txt", """
                Air traffic controllers strike across the country
                Flights were cancelled at airports across the country on Tuesday, the first day of a strike by air \
                traffic controllers. The union said it was the first strike in a decade and that it would go on \
                until the ministry met its demands, which are for higher pay and more staff at the busiest airports.
                """);
        assertNull(english.articleList().get(0).language(), "the site's");
        assertEquals(List.of(), problems(english).stream().filter(problem -> problem.contains("language")).toList());
    }

    @Test
    void endsSentencesAsJapaneseChineseAndArabicEndThemSoTheirParagraphsAreNoHeadings() throws IOException {
        Article japanese = read("yako.txt", """
                東京の夜行列車、来春に運行再開へ

                鉄道会社は３日、夜行列車の運行を来年春に再開すると発表した。

                新しい車両は個室を中心に構成される。

                「夜の選択肢を増やしたい。」

                運行の詳細
                """).articleList().get(0);
        assertEquals("""
                <p>鉄道会社は３日、夜行列車の運行を来年春に再開すると発表した。</p>
                <p>新しい車両は個室を中心に構成される。</p>
                <p>「夜の選択肢を増やしたい。」</p>
                <h2>運行の詳細</h2>
                """, japanese.contentHtml());

        Article arabic = read("miyah.txt", """
                الحكومة تعلن خطة جديدة لتحلية المياه

                أعلنت الحكومة يوم الثلاثاء عن خطة لبناء محطات جديدة.

                هل تعلم؟
                """).articleList().get(0);
        assertEquals("""
                <p>أعلنت الحكومة يوم الثلاثاء عن خطة لبناء محطات جديدة.</p>
                <p>هل تعلم؟</p>
                """, arabic.contentHtml());
    }

    @Test
    void readsAGermanPressReleaseWithoutItsMarkAndContacts() throws IOException {
        Article release = read("umschlag.txt", """
                Pressemitteilung
                Hafen meldet Rekordumschlag
                Hamburg, 3. Dezember 2024 – Der Hafen hat im dritten Quartal so viele Container umgeschlagen wie nie.
                Pressekontakt:
                Max Mustermann
                presse@hafen.example
                """).articleList().get(0);
        assertEquals("Hafen meldet Rekordumschlag", release.title());
        assertEquals("<p>Hamburg, 3. Dezember 2024 – Der Hafen hat im dritten Quartal so viele Container umgeschlagen"
                + " wie nie.</p>\n", release.contentHtml());
    }

    @Test
    void takesNoWriterFromANewsroomsCreditNorFromWordsThatAreNoNames() throws IOException {
        Article euronews = read("airport.txt", """
                Portugal approves new airport plan
                By Euronews with AP
                Published on 03/12/2024 - 10:15 GMT+1
                The government on Tuesday approved the final plan for a new airport.
                """).articleList().get(0);
        assertEquals(List.of(), euronews.authors());
        assertEquals("The government on Tuesday approved the final plan for a new airport.", euronews.summary());

        Article route = read("route.txt", """
                Neue Bahnstrecke eröffnet
                Von Berlin nach Paris
                Der erste Zug fuhr am Dienstag ab.
                """).articleList().get(0);
        assertEquals(List.of(), route.authors());
        assertEquals("Von Berlin nach Paris", route.summary());

        Article golf = read("golf.txt", """
                Club wins county title
                Par For The Course
                The club won the county title on Sunday.
                """).articleList().get(0);
        assertEquals(List.of(), golf.authors());
        assertEquals("Par For The Course", golf.summary());
    }

    @Test
    void keepsAListsThirdItemThatLooksLikeACopyrightSign() throws IOException {
        Article rules = read("rules.txt", """
                Council sets out new rules for markets
                The council said traders must meet three conditions:
                (a) a licence from the city;
                (b) insurance for their stalls;
                (c) the council shall see their accounts once a year.
                (c) Agencia EFE
                """).articleList().get(0);
        assertEquals("""
                <p>The council said traders must meet three conditions:</p>
                <p>(a) a licence from the city;</p>
                <p>(b) insurance for their stalls;</p>
                <p>(c) the council shall see their accounts once a year.</p>
                """, rules.contentHtml());
    }

    @Test
    void readsAnsaAndLusaCopyWithTheirNewsroomsCreditPlaceDeskCodesAndEndMark() throws IOException {
        Article ansa = read("maltempo.txt", """
                Maltempo, allerta rossa in Liguria
                Scuole chiuse a Genova. Frane nell'entroterra
                Redazione ANSA
                GENOVA
                07 dicembre 2026, 10:21
                Condividi
                ROMA, 07 DIC - Allerta rossa per maltempo in Liguria: scuole chiuse lunedì a Genova, ha detto la Regione.
                Diverse frane hanno interrotto le strade.
                RIPRODUZIONE RISERVATA © Copyright ANSA
                """).articleList().get(0);
        assertEquals(List.of(), names(ansa));
        assertEquals("""
                <p>Scuole chiuse a Genova. Frane nell'entroterra</p>
                <p>ROMA, 07 DIC - Allerta rossa per maltempo in Liguria: scuole chiuse lunedì a Genova, ha detto la Regione.</p>
                <p>Diverse frane hanno interrotto le strade.</p>
                """, ansa.contentHtml());

        Article lusa = read("salario.txt", """
                Governo aprova aumento do salário mínimo
                Lisboa, 07 dez 2026 (Lusa) - O Governo aprovou hoje o aumento do salário mínimo, anunciou o Governo.
                A medida abrange cerca de 800 mil trabalhadores, disse o Governo à Lusa.
                JP // ALS
                Lusa/Fim
                """).articleList().get(0);
        assertEquals("""
                <p>Lisboa, 07 dez 2026 (Lusa) - O Governo aprovou hoje o aumento do salário mínimo, anunciou o Governo.</p>
                <p>A medida abrange cerca de 800 mil trabalhadores, disse o Governo à Lusa.</p>
                """, lusa.contentHtml());
        assertEquals(List.of("Governo"), lusa.tags().stream().map(tag -> tag.label()).toList());
    }

    private static List<String> names(Article article) {
        return article.authors().stream().map(author -> author.name()).toList();
    }

    private List<String> problems(ReadResult result) {
        return result.problems().stream().map(problem -> problem.toString().replace(folder + "/", "")).toList();
    }

    private ReadResult read(String name, String text) throws IOException {
        return read(name, text, SiteSettings.defaults());
    }

    private ReadResult read(String name, String text, SiteSettings site) throws IOException {
        return WireCopyFiles.read(folder, name, text, site, FILE_TIME);
    }
}
