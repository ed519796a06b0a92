package dev.herald.core.read.binding;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Jackson's reasons for refusing JSON, in a user's words. */
public final class JsonFailures {

    private JsonFailures() {
    }

    /**
     * The reason in one line, without where an unclosed object or list started ("start marker at
     * [Source: REDACTED …]"): the problem's line says where the JSON ends.
     */
    public static String describe(JsonProcessingException failure) {
        String message = failure.getOriginalMessage() == null ? "" : failure.getOriginalMessage();
        String line = message.lines().findFirst().orElse("").replaceFirst(" \\(start marker at .*$", "").strip();
        // Jackson suggests its own switches ("enable `JsonReadFeature.ALLOW_…` to allow"), which
        // mean nothing to whoever wrote the file
        line = line.replaceFirst("maybe a \\(non-standard\\) comment\\? \\(not recognized .*$", "JSON has no comments")
                .replaceFirst(": enable `.*$", ": JSON has no such value");
        return line.isEmpty() ? "invalid JSON" : line;
    }
}
