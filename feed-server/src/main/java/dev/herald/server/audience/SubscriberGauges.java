package dev.herald.server.audience;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code herald_feed_subscribers{feed,source}} on {@code /q/metrics}: each feed's subscribers per
 * source (an aggregator, {@code readers}, {@code websub}), its formats summed, as of the last flush.
 */
@ApplicationScoped
public class SubscriberGauges {

    private final AudienceCounter counter;
    private final MultiGauge gauges;

    public SubscriberGauges(AudienceCounter counter, MeterRegistry registry) {
        this.counter = counter;
        this.gauges = MultiGauge.builder("herald.feed.subscribers")
                .description("Subscribers of each feed per source, the three formats together").register(registry);
    }

    void start(@Observes StartupEvent event) {
        counter.onFlush(this::refresh);
    }

    private void refresh(AudienceSnapshot snapshot) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (AudienceSnapshot.FeedAudience feed : snapshot.feeds()) {
            feed.sources().forEach((source, count) -> rows.add(MultiGauge.Row.of(Tags.of("feed", feed.feed(), "source", source),
                    count)));
        }
        gauges.register(rows, true);
    }
}
