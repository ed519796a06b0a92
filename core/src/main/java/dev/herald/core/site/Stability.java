package dev.herald.core.site;

import dev.herald.core.model.Article;
import java.time.Instant;
import java.util.Collection;

/**
 * The span of time around a build's instant in which the articles it read stay as public as they
 * are: no publish or expiry instant of theirs falls inside it. A later build within the same span,
 * of the same files, shows the same articles.
 *
 * @param from  the latest publish or expiry instant at or before the build's, or {@link Instant#MIN}
 * @param until the first one after it, or {@link Instant#MAX}
 */
record Stability(Instant from, Instant until) {

    static Stability of(Collection<BuildState.Source> sources, Instant now) {
        Instant from = Instant.MIN;
        Instant until = Instant.MAX;
        for (BuildState.Source source : sources) {
            for (BuildState.Entry entry : source.entries()) {
                Article article = entry.article();
                for (Instant instant : new Instant[] {article.published(), article.expires()}) {
                    if (instant == null) {
                        continue;
                    }
                    if (instant.isAfter(now)) {
                        until = instant.isBefore(until) ? instant : until;
                    } else {
                        from = instant.isAfter(from) ? instant : from;
                    }
                }
            }
        }
        return new Stability(from, until);
    }
}
