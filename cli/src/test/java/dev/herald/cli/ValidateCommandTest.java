package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void listsEveryProblemOfEveryBrokenFileAndExitsOne() throws IOException {
        Path broken = BrokenFiles.copyTo(folder);
        CliRun run = CliRun.of("validate", broken.toString());
        String b = broken + "/";
        assertEquals(String.join("\n",
                b + "alias-bomb.md:3: b: YAML aliases (*a) are not supported",
                b + "alias-bomb.md:2: unknown key \"a\"",
                b + "alias-bomb.md:3: unknown key \"b\"",
                b + "alias-bomb.md:4: unknown key \"c\"",
                b + "bad-date.json:3: published: is not a date-time: \"28/11/2024\""
                        + " (use 2024-11-28T09:30:00Z, 2024-11-28T09:30+01:00 or 2024-11-28)",
                b + "binary.md:1: binary file (NUL byte at offset 4), not an article",
                b + "empty.json: file is empty",
                b + "invalid-yaml.md:4: invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence)",
                b + "latin1.md:2: not valid UTF-8 (byte 0xE9 at offset 14); save the file as UTF-8",
                b + "missing-title.md:2: title: is required",
                b + "relative-image.json:4: image.url: must be an absolute http or https URL or a path from the site's root (/images/x.jpg), was \"images/photo.jpg\"",
                b + "unknown-key.md:3: unknown key \"publised\" (did you mean \"published\"?)",
                b + "unknown-key.md:2: published: is required (e.g. 2024-11-28T09:30:00Z)",
                b + "second-claim.json:1: id: \"shared-id\" is already the id of " + b + "first-claim.md:1",
                ""), run.out());
        assertEquals("herald: 2 valid articles, 14 errors, 0 warnings\n", run.err());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
    }

    @Test
    void exitsZeroForValidFiles() {
        CliRun run = CliRun.of("validate", "../examples");
        assertEquals("", run.out());
        assertEquals("herald: 11 valid articles, 0 errors, 0 warnings\n", run.err());
        assertEquals(ExitCode.OK, run.exitCode());
    }

    @Test
    void readsStandardInputInTheNamedFormat() {
        CliRun run = CliRun.withStdin("---\ntitle: From stdin\n---\n", "validate", "--input-format", "md", "-");
        assertEquals("-:2: published: is required (e.g. 2024-11-28T09:30:00Z)\n", run.out());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
    }

    @Test
    void saysHowToReadStandardInputThatIsNoJsonAsMarkdownOrWireCopy() {
        CliRun markdown = CliRun.withStdin("---\ntitle: From stdin\npublished: 2024-11-28T09:30:00Z\n---\nText.\n",
                "validate", "-");
        assertEquals(ExitCode.INVALID_INPUT, markdown.exitCode());
        assertTrue(markdown.out().startsWith("-:1: invalid JSON: "), markdown.out());
        assertTrue(markdown.out().endsWith("\n-: standard input is read as JSON: give --input-format md for Markdown,"
                + " or txt for wire copy\n"), markdown.out());
        // named as JSON, it is JSON that is wrong: no advice on formats
        CliRun json = CliRun.withStdin("{\"title\": ", "validate", "--input-format", "json", "-");
        assertFalse(json.out().contains("--input-format"), json.out());
    }

    @Test
    void asksForTheTimeOfWireCopyFromStandardInput() {
        String copy = "Ferry Strike Ends\nFerry crews went back to work on Monday, the union said.\n";
        CliRun undated = CliRun.withStdin(copy, "validate", "--input-format", "txt", "-");
        assertEquals("-:1: published: wire copy that is no file (standard input) has no file time to date it: give its"
                + " time with --published (e.g. --published 2024-11-28T09:30:00Z)\n", undated.out());
        assertEquals(ExitCode.INVALID_INPUT, undated.exitCode());
        CliRun dated = CliRun.withStdin(copy, "validate", "--input-format", "txt", "--published",
                "2024-11-28T09:30:00Z", "-");
        assertEquals(ExitCode.OK, dated.exitCode(), dated.out());

        // standard input has no sidecar: there --published is the story's own time, and may lift an embargo
        String embargoed = "EMBARGOED UNTIL 06:00 GMT 2 DECEMBER\n" + copy;
        CliRun held = CliRun.withStdin(embargoed, "validate", "--input-format", "txt", "-");
        assertEquals("-:1: published: the copy is under embargo (\"EMBARGOED UNTIL 06:00 GMT 2 DECEMBER\"): give it the"
                + " embargo's end as its published time with --published, and it is held until then\n", held.out());
        CliRun timed = CliRun.withStdin(embargoed, "validate", "--input-format", "txt", "--published",
                "2026-12-02T06:00:00Z", "-");
        assertEquals(ExitCode.OK, timed.exitCode(), timed.out());

        CliRun typedShort = CliRun.withStdin(copy, "validate", "--input-format", "txt", "--published", "0024-11-28", "-");
        assertEquals(ExitCode.USAGE, typedShort.exitCode());
        assertTrue(typedShort.err().contains("'0024-11-28' is before 1583 (feeds would give it in another calendar)"),
                typedShort.err());
    }

    @Test
    void countsOneOfEachInTheSingular() {
        String copy = "Ferry crews went back to work on Monday after the union and the operator agreed on a new"
                + " contract late on Sunday night, the union said in a statement.\nThe ferries run again.\n";
        CliRun run = CliRun.withStdin(copy, "validate", "--input-format", "txt", "--published", "2024-11-28T09:30:00Z", "-");
        assertEquals("herald: 1 valid article, 0 errors, 1 warning\n", run.err());
        assertEquals(ExitCode.OK, run.exitCode());
    }

    @Test
    void namesAMissingInput() {
        CliRun run = CliRun.of("validate", "no-such-folder");
        assertEquals("no-such-folder: no such file or folder\n", run.out());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
    }
}
