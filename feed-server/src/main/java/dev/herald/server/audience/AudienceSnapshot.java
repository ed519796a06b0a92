package dev.herald.server.audience;

import dev.herald.server.store.AudienceCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every feed's subscribers, as {@code GET /api/stats}, the metrics and the {@code /stats} page
 * show them. A source's current count is its latest day's, today's or yesterday's (an
 * aggregator that has not polled since midnight still counts); distinct readers are the larger
 * of today's and yesterday's, as a day's count grows through the day. Aggregators' counts of a
 * feed's formats add up (each format has its own subscribers); a reader of two formats is one
 * reader of the feed.
 *
 * @param feeds the feeds with any subscriber in the last thirty days, the most followed first (at
 *              most as many as {@code HERALD_AUDIENCE_MAX_FEEDS})
 */
public record AudienceSnapshot(LocalDate today, List<FeedAudience> feeds) {

    /** Days in each feed's history. */
    public static final int DAYS = 30;
    /** The source of readers counted one by one. */
    public static final String READERS = "readers";
    /** The source of the built-in hub's subscriptions. */
    public static final String WEBSUB = "websub";

    /**
     * One feed, its formats together and apart.
     *
     * @param sources subscribers per source, the formats summed
     * @param formats per format ({@code rss}, {@code atom}, {@code json}): subscribers per source
     * @param days    the total of each of the last thirty days, the oldest first
     */
    public record FeedAudience(String feed, int subscribers, Map<String, Integer> sources,
            Map<String, FormatAudience> formats, List<DayCount> days) {
    }

    public record FormatAudience(int subscribers, Map<String, Integer> sources) {
    }

    public record DayCount(LocalDate day, int subscribers) {
    }

    /**
     * The snapshot of the counts of the last thirty days up to {@code today}: the {@code maxFeeds}
     * most followed feeds.
     */
    public static AudienceSnapshot of(List<AudienceCount> counts, LocalDate today, int maxFeeds) {
        LocalDate yesterday = today.minusDays(1);
        LocalDate first = today.minusDays(DAYS - 1);
        // feed → format → source → current count
        Map<String, Map<String, Map<String, Integer>>> current = new TreeMap<>();
        Map<String, Map<LocalDate, Integer>> byDay = new HashMap<>();
        for (AudienceCount count : counts) {
            if (count.day().isBefore(first) || count.day().isAfter(today)) {
                continue;
            }
            boolean perFormatReaders = count.source().equals(READERS) && !count.format().equals(AudienceCount.ALL_FORMATS);
            if (!perFormatReaders) {
                // a day's total: every source's count, readers once across the formats
                byDay.computeIfAbsent(count.feed(), f -> new HashMap<>()).merge(count.day(), count.subscribers(), Integer::sum);
            }
            if (count.day().isBefore(yesterday)) {
                continue;
            }
            Map<String, Integer> sources = current.computeIfAbsent(count.feed(), f -> new TreeMap<>())
                    .computeIfAbsent(count.format(), f -> new TreeMap<>());
            if (count.source().equals(READERS)) {
                sources.merge(READERS, count.subscribers(), Math::max);
            } else if (count.day().equals(today) || !sources.containsKey(count.source())) {
                sources.put(count.source(), count.subscribers());
            }
        }
        List<FeedAudience> feeds = new ArrayList<>();
        for (String feed : byDay.keySet()) {
            Map<String, Map<String, Integer>> formats = current.getOrDefault(feed, Map.of());
            Map<String, Integer> sources = new TreeMap<>();
            Map<String, FormatAudience> perFormat = new TreeMap<>();
            formats.forEach((format, formatSources) -> {
                if (format.equals(AudienceCount.ALL_FORMATS)) {
                    sources.putAll(formatSources); // the feed's distinct readers
                    return;
                }
                formatSources.forEach((source, n) -> {
                    if (!source.equals(READERS)) {
                        sources.merge(source, n, Integer::sum);
                    }
                });
                perFormat.put(format, new FormatAudience(sum(formatSources), formatSources));
            });
            feeds.add(new FeedAudience(feed, sum(sources), sources, perFormat, List.of()));
        }
        feeds.sort(Comparator.comparingInt(FeedAudience::subscribers).reversed().thenComparing(FeedAudience::feed));
        // the days of the feeds shown only
        List<FeedAudience> shown = new ArrayList<>(Math.min(feeds.size(), maxFeeds));
        for (FeedAudience feed : feeds.subList(0, Math.min(feeds.size(), maxFeeds))) {
            shown.add(new FeedAudience(feed.feed(), feed.subscribers(), feed.sources(), feed.formats(),
                    days(byDay.get(feed.feed()), first, today)));
        }
        return new AudienceSnapshot(today, shown);
    }

    private static List<DayCount> days(Map<LocalDate, Integer> counts, LocalDate first, LocalDate today) {
        List<DayCount> days = new ArrayList<>(DAYS);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new DayCount(day, counts.getOrDefault(day, 0)));
        }
        return days;
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
