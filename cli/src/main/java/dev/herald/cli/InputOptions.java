package dev.herald.cli;

import picocli.CommandLine.Mixin;

/**
 * The options of every command that reads articles (convert, validate, build, tags): how they are
 * read, and the site settings they are read with.
 */
final class InputOptions {

    @Mixin
    ReadOptions read;

    @Mixin
    SiteOptions site;
}
