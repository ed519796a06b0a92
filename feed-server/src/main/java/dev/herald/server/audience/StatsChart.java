package dev.herald.server.audience;

import dev.herald.server.audience.AudienceSnapshot.DayCount;
import java.util.ArrayList;
import java.util.List;

/** A feed's thirty days as the bars of an inline SVG chart: geometry worked out here, drawn by the page's template. */
public record StatsChart(int width, int height, int top, int bottom, int left, int right, int max, String firstDay,
        String lastDay, List<Bar> bars) {

    private static final int BAR = 16;
    private static final int GAP = 4;
    private static final int LEFT = 40;
    private static final int TOP = 4;
    private static final int PLOT_HEIGHT = 120;

    /** One day's bar; {@code label} is its tooltip. */
    public record Bar(int x, int y, int width, int height, String label) {
    }

    static StatsChart of(List<DayCount> days) {
        int max = Math.max(1, days.stream().mapToInt(DayCount::subscribers).max().orElse(0));
        int bottom = TOP + PLOT_HEIGHT;
        List<Bar> bars = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            DayCount day = days.get(i);
            int height = (int) Math.round((double) day.subscribers() * PLOT_HEIGHT / max);
            bars.add(new Bar(LEFT + i * (BAR + GAP), bottom - height, BAR, height,
                    day.day() + ": " + day.subscribers() + " subscribers"));
        }
        int right = LEFT + days.size() * (BAR + GAP) - GAP;
        return new StatsChart(right + 4, bottom + 18, TOP, bottom, LEFT, right, max,
                days.isEmpty() ? "" : days.get(0).day().toString(),
                days.isEmpty() ? "" : days.get(days.size() - 1).day().toString(), bars);
    }
}
