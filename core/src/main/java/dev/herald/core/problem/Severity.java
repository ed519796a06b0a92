package dev.herald.core.problem;

/** How serious a problem is: errors keep an article out of a feed, warnings do not. */
public enum Severity {
    ERROR,
    WARNING
}
