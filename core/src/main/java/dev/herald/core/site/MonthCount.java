package dev.herald.core.site;

import dev.herald.core.model.Tagged;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A month of the archive and how many articles were published in it (UTC). */
public record MonthCount(YearMonth month, int count) {

    /** The month an article was published in, in UTC as every date Herald shows. */
    public static YearMonth of(Tagged article) {
        return YearMonth.from(article.published().atZone(ZoneOffset.UTC));
    }

    /** Articles sorted newest first, grouped by month, newest month first, each newest first. */
    public static <T extends Tagged> Map<YearMonth, List<T>> group(List<T> newestFirst) {
        Map<YearMonth, List<T>> months = new LinkedHashMap<>();
        int from = 0;
        while (from < newestFirst.size()) {
            // each month's end found by binary search: no date worked out for each article
            YearMonth month = of(newestFirst.get(from));
            int to = firstBefore(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(), newestFirst);
            months.put(month, newestFirst.subList(from, to));
            from = to;
        }
        return months;
    }

    /**
     * The articles of one month, newest first, from articles sorted newest first: found by binary
     * search, so a month page of a large site costs no pass over it.
     */
    public static <T extends Tagged> List<T> in(YearMonth month, List<T> newestFirst) {
        Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return newestFirst.subList(firstBefore(end, newestFirst), firstBefore(start, newestFirst));
    }

    // the index of the first article published before the instant (the list is newest first)
    private static int firstBefore(Instant instant, List<? extends Tagged> newestFirst) {
        int low = 0;
        int high = newestFirst.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (newestFirst.get(middle).published().isBefore(instant)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The months of articles sorted newest first, newest month first. */
    public static List<MonthCount> counts(List<? extends Tagged> newestFirst) {
        return group(newestFirst).entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue().size())).toList();
    }
}
