package dev.herald.cli;

import dev.herald.core.feed.Generator;
import picocli.CommandLine.IVersionProvider;

/** {@code herald --version}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {Generator.NAME + " " + Generator.VERSION};
    }
}
