package dev.herald.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.core.DatedStory;
import dev.herald.core.query.TagQuery;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthCountTest {

    /** Stories every 29 hours from the last day of 2023 into 2024, newest first. */
    private static List<DatedStory> stories() {
        List<DatedStory> stories = new ArrayList<>();
        Instant first = Instant.parse("2023-12-31T23:59:59Z");
        for (int n = 0; n < 200; n++) {
            stories.add(new DatedStory("s" + n, first.plusSeconds(29L * 3600 * n)));
        }
        return stories.stream().sorted(TagQuery.NEWEST_FIRST).toList();
    }

    @Test
    void aMonthFoundBySearchHoldsWhatGroupingPutsInIt() {
        List<DatedStory> newestFirst = stories();
        Map<YearMonth, List<DatedStory>> months = MonthCount.group(newestFirst);
        assertEquals(YearMonth.of(2024, 8), months.keySet().iterator().next());
        for (int month = 1; month <= 12; month++) {
            YearMonth asked = YearMonth.of(2024, month);
            assertEquals(months.getOrDefault(asked, List.of()), MonthCount.in(asked, newestFirst), asked.toString());
        }
        assertEquals(List.of(newestFirst.get(newestFirst.size() - 1)), MonthCount.in(YearMonth.of(2023, 12), newestFirst));
        assertEquals(List.of(), MonthCount.in(YearMonth.of(2022, 1), newestFirst));
        assertEquals(200, MonthCount.counts(newestFirst).stream().mapToInt(MonthCount::count).sum());
    }

    @Test
    void eachGroupHoldsTheStoriesOfItsMonthInOrder() {
        List<DatedStory> newestFirst = stories();
        List<DatedStory> again = new ArrayList<>();
        MonthCount.group(newestFirst).forEach((month, stories) -> {
            stories.forEach(story -> assertEquals(month, MonthCount.of(story), story.id()));
            again.addAll(stories);
        });
        assertEquals(newestFirst, again);
        assertEquals(9, MonthCount.counts(newestFirst).size()); // December 2023 to August 2024
    }
}
