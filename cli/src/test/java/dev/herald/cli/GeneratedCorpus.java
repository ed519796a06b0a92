package dev.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Articles made by the team's corpus generator ({@code ../shared/bench/gen-corpus}), with Herald's keys. */
final class GeneratedCorpus {

    private GeneratedCorpus() {
    }

    /** Writes {@code count} articles into {@code folder} and returns it. */
    static Path write(Path folder, int count) throws IOException, InterruptedException {
        Path generator = ExternalTools.shared("bench/gen-corpus");
        ExternalTools.Result result = ExternalTools.run(List.of(ExternalTools.require("/usr/bin/python3").toString(),
                generator.toString(), String.valueOf(count), folder.toString(), "--herald"));
        assertEquals(0, result.exitCode(), result.output());
        return folder;
    }
}
