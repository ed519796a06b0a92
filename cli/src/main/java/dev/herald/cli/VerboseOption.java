package dev.herald.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces with failures, for bug reports. */
final class VerboseOption {

    static final String NAME = "--verbose";

    @Option(names = NAME, description = "Show the stack trace of a failure.")
    boolean verbose;
}
