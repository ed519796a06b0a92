package dev.herald.core.read.binding;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.core.model.Author;
import dev.herald.core.model.Enclosure;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.problem.Problems;
import dev.herald.core.text.DateTimes;
import dev.herald.core.text.LanguageTags;
import dev.herald.core.text.PlainText;
import dev.herald.core.text.SiteRelativeUrls;
import dev.herald.core.text.WrittenUrls;
import dev.herald.core.text.XmlChars;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Typed values out of JSON trees, each failure reported as a problem on the field's line with the
 * offending value quoted. Every text that passes has XML-forbidden characters removed.
 */
final class FieldValues {

    private static final int QUOTE_LIMIT = 60;
    private static final Set<String> MARKUP_FIELDS = Set.of("body", "bodyHtml");

    private final Problems problems;

    FieldValues(Problems problems) {
        this.problems = problems;
    }

    /**
     * A string, XML-safe; empty (and a problem) for another type. Blank strings count as absent.
     * Every field but the body also loses bidirectional controls ({@link PlainText}): in a title or
     * a tag they can reverse what a reader shows, while a right-to-left body may need them.
     */
    Optional<String> text(JsonNode value, String field, int line) {
        if (value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            problems.error(line, field, "must be text, was " + describe(value));
            return Optional.empty();
        }
        String text = MARKUP_FIELDS.contains(field) ? XmlChars.strip(value.asText()) : PlainText.clean(value.asText());
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** An absolute http(s) URL. */
    Optional<URI> url(JsonNode value, String field, int line) {
        Optional<String> text = text(value, field, line);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String raw = text.get().strip();
        try {
            URI uri = new URI(WrittenUrls.encoded(raw));
            if (SiteSettings.isWebAddress(uri)) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            problems.error(line, field, "is not a valid URL: " + quote(raw) + " (" + e.getReason() + ")");
            return Optional.empty();
        }
        problems.error(line, field, "must be an absolute http or https URL"
                + ("image.url".equals(field) ? " or a path from the site's root (/images/x.jpg)" : "") + ", was " + quote(raw));
        return Optional.empty();
    }

    /** {@code true} or {@code false}, as JSON and YAML write them. */
    Optional<Boolean> bool(JsonNode value, String field, int line) {
        if (value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            problems.error(line, field, "must be true or false, was " + describe(value));
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    /**
     * An absolute http(s) URL or a site-relative one ({@code /images/x.jpg}: a file of the site's
     * own, which feeds resolve against the base URL).
     */
    Optional<URI> urlOrSitePath(JsonNode value, String field, int line) {
        if (value.isTextual() && SiteRelativeUrls.isSiteRelative(value.asText().strip())) {
            String raw = value.asText().strip();
            try {
                return Optional.of(new URI(WrittenUrls.encoded(raw)));
            } catch (URISyntaxException e) {
                problems.error(line, field, "is not a valid URL: " + quote(raw) + " (" + e.getReason() + ")");
            }
            return Optional.empty();
        }
        return url(value, field, line);
    }

    /** An e-mail address as feeds carry it ({@code name@example.org}). */
    Optional<String> email(JsonNode value, String field, int line) {
        Optional<String> text = text(value, field, line).map(String::strip);
        if (text.isPresent() && !Author.isEmail(text.get())) {
            problems.error(line, field, "is not an e-mail address: " + quote(text.get()) + " (feeds need name@example.org)");
            return Optional.empty();
        }
        return text;
    }

    /** A MIME type such as {@code audio/mpeg}. */
    Optional<String> mediaType(JsonNode value, String field, int line) {
        Optional<String> text = text(value, field, line).map(String::strip);
        if (text.isPresent() && !Enclosure.MEDIA_TYPE.matcher(text.get()).matches()) {
            problems.error(line, field, "is not a MIME type: " + quote(text.get()) + " (e.g. audio/mpeg)");
            return Optional.empty();
        }
        return text;
    }

    /** A date-time in one of the {@link DateTimes} forms. */
    Optional<Instant> dateTime(JsonNode value, String field, int line) {
        Optional<String> text = text(value, field, line);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> parsed = DateTimes.parse(text.get());
        if (parsed.isEmpty()) {
            problems.error(line, field, "is not a date-time: " + quote(text.get()) + " ("
                    + DateTimes.howToWrite(text.get()) + ")");
        } else if (!DateTimes.isPublishable(parsed.get())) {
            problems.error(line, field, "is before " + DateTimes.FIRST_GREGORIAN_YEAR + ": " + quote(text.get())
                    + " (feeds would give it in another calendar, days apart; a year typed short?)");
            return Optional.empty();
        }
        return parsed;
    }

    /** A BCP 47 language tag such as {@code en} or {@code pt-BR} ({@link LanguageTags}). */
    Optional<String> language(JsonNode value, String field, int line) {
        Optional<String> text = text(value, field, line);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LanguageTags.canonical(text.get()));
        } catch (IllegalArgumentException e) {
            problems.error(line, field, e.getMessage());
            return Optional.empty();
        }
    }

    /** The value quoted for a message, shortened when long. */
    static String quote(String value) {
        String shown = value.length() > QUOTE_LIMIT ? value.substring(0, QUOTE_LIMIT) + "…" : value;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }

    /**
     * For a text where a list belongs ({@code tags: NATO, Ukraine}), how to write it as one:
     * {@code  (a list is written ["NATO", "Ukraine"])}, which reads the same in JSON and YAML; else "".
     */
    static String listHint(JsonNode value) {
        if (!value.isTextual()) {
            return "";
        }
        return " (a list is written [\"" + String.join("\", \"", value.asText().strip().split("\\s*,\\s*")) + "\"])";
    }

    /** "a list", "a number" and so on, for type errors. */
    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "the number " + value.asText();
            case BOOLEAN -> "the boolean " + value.asText();
            case STRING -> "the text " + quote(value.asText());
            default -> "empty";
        };
    }
}
