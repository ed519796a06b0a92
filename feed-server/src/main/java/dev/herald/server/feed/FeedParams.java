package dev.herald.server.feed;

import dev.herald.core.query.Slugs;
import dev.herald.core.query.TagQuery;
import dev.herald.core.text.DateTimes;
import dev.herald.server.problem.ProblemDetail.FieldError;
import dev.herald.server.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The query parameters of a feed: {@code tag} (repeatable, all must match), {@code any} (comma
 * list, one must match), {@code exclude} (comma list, none may match), {@code limit} (1–500) and
 * {@code since} (date-time). Every bad parameter is reported at once, as a 400 problem.
 */
public final class FeedParams {

    public static final int MAX_LIMIT = 500;

    private FeedParams() {
    }

    /**
     * The query, with {@code pathTag} (the slug of a {@code /tags/{tag}/} path, or null) added
     * to the tags that must all match.
     */
    public static TagQuery parse(MultivaluedMap<String, String> params, String pathTag, int defaultLimit) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        if (pathTag != null) {
            all.add(pathTag);
        }
        for (String tag : params.getOrDefault("tag", List.of())) {
            slug("tag", tag, errors).ifPresent(all::add);
        }
        Set<String> any = commaList("any", params, errors);
        Set<String> exclude = commaList("exclude", params, errors);
        int limit = limit(params.getFirst("limit"), defaultLimit, errors);
        Instant since = since(params.getFirst("since"), errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, "The feed's query parameters are not valid.", errors);
        }
        return new TagQuery(all, any, exclude, limit, since);
    }

    private static Set<String> commaList(String name, MultivaluedMap<String, String> params, List<FieldError> errors) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String value : params.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                slug(name, part, errors).ifPresent(slugs::add);
            }
        }
        return slugs;
    }

    private static Optional<String> slug(String name, String value, List<FieldError> errors) {
        String slug = Slugs.tagSlug(value);
        if (slug.isEmpty()) {
            errors.add(new FieldError(name, "must name a tag, was \"" + value + "\""));
            return Optional.empty();
        }
        return Optional.of(slug);
    }

    private static int limit(String value, int defaultLimit, List<FieldError> errors) {
        if (value == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", was \"" + value + "\""));
        return defaultLimit;
    }

    private static Instant since(String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        Optional<Instant> since = DateTimes.parse(value);
        if (since.isEmpty()) {
            // "+01:00" unescaped in a query string arrives as " 01:00": a + there means a space
            String hint = value.matches(".*T.* \\d\\d:?\\d\\d") ? " (write the + of an offset as %2B)"
                    : DateTimes.nearMiss(value).map(why -> " (" + why + ")").orElse("");
            errors.add(new FieldError("since", "must be a date-time such as 2024-11-28T09:30:00Z or 2024-11-28, was \""
                    + value + "\"" + hint));
        }
        return since.orElse(null);
    }
}
