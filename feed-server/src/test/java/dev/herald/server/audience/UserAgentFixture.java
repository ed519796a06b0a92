package dev.herald.server.audience;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The fixture of real User-Agent strings, {@code audience/user-agents.tsv}, each with what it should count as. */
final class UserAgentFixture {

    /** One product's agent: {@code source} is the aggregator's label, or null for a single reader. */
    record Agent(String product, String userAgent, String source, int subscribers) {

        boolean isAggregator() {
            return source != null;
        }
    }

    private UserAgentFixture() {
    }

    static List<Agent> agents() {
        try (InputStream in = UserAgentFixture.class.getResourceAsStream("/audience/user-agents.tsv")) {
            List<Agent> agents = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                boolean reader = fields[2].equals("reader");
                agents.add(new Agent(fields[0], fields[1], reader ? null : fields[2],
                        reader ? 1 : Integer.parseInt(fields[3])));
            }
            return agents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
