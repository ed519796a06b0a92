package dev.herald.server.websub;

import dev.herald.core.model.Article;
import dev.herald.core.model.SiteSettings;
import dev.herald.core.model.Tagged;
import dev.herald.server.catalog.ArticleCatalog;
import dev.herald.server.catalog.ArticleChanged;
import dev.herald.server.config.HeraldConfig;
import dev.herald.server.config.HubAddress;
import dev.herald.server.feed.CachedFeed;
import dev.herald.server.feed.FeedTopics;
import dev.herald.server.feed.FeedTopics.NotATopic;
import dev.herald.server.feed.FeedTopics.Topic;
import dev.herald.server.store.DeliveryOutcome;
import dev.herald.server.store.HubStore;
import dev.herald.server.store.HubSubscription;
import dev.herald.server.store.IndexEntry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Content distribution (WebSub §7): after every change, the topics whose feeds it can change are
 * marked in the store (within milliseconds, by the worker; after a start, every topic), and each
 * of their subscribers is sent the feed as now served, signed when it gave a secret. One thread claims due deliveries and records outcomes; the requests
 * themselves wait on no thread ({@link CallbackClient}). A failed delivery is tried again after
 * growing delays; a subscriber failing for longer than {@code give-up-after}, or answering 410
 * Gone, is dropped. A body a subscriber already has is not sent again, so a change that two
 * replicas both noticed (a scheduled article coming due) reaches it once.
 */
@ApplicationScoped
public class ContentDistributor {

    private static final Logger LOG = Logger.getLogger(ContentDistributor.class);
    /** Subscriptions claimed at once. */
    private static final int BATCH = 500;
    /** How often the store is looked at for deliveries other replicas left or retries come due. */
    private static final Duration POLL = Duration.ofSeconds(1);
    /** Longest delay between two attempts. */
    private static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);
    /**
     * How long a stopping server waits for the answers to deliveries it has sent: well within the
     * 10 s a container engine gives a stop before it kills, and long enough for a busy machine.
     */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

    private final boolean on;
    /** Whether other replicas write to the store (PostgreSQL); the embedded H2 is this process's alone. */
    private final boolean shared;
    private final HubStore store;
    private final FeedTopics topics;
    private final ArticleCatalog catalog;
    private final CallbackClient client;
    private final String hubUrl;
    private final HeraldConfig.WebSub settings;
    private final Clock clock = Clock.systemUTC();
    private final String claimant = UUID.randomUUID().toString();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "herald-websub-hub");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean woken = new AtomicBoolean();
    private final Queue outcomes = new Queue();
    /** Subscriptions whose delivery this process has sent and not yet recorded. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    /** Committed changes not yet marked in the store. */
    private final ConcurrentLinkedQueue<ArticleChanged> changes = new ConcurrentLinkedQueue<>();

    public ContentDistributor(HeraldConfig config, SiteSettings site, HubStore store, FeedTopics topics,
            ArticleCatalog catalog, CallbackClient client) {
        this.on = HubAddress.isBuiltInOn(config);
        this.shared = config.db().url().isPresent();
        this.store = store;
        this.topics = topics;
        this.catalog = catalog;
        this.client = client;
        this.hubUrl = site.resolve(HubAddress.BUILT_IN_PATH).toString();
        this.settings = config.websub();
    }

    void start(@Observes StartupEvent event) {
        if (on) {
            // a change noted just before a crash may not have reached the store: after a start every
            // topic is looked at once, and a subscriber whose last body differs from the feed gets it
            worker.execute(() -> {
                try {
                    store.changedAll();
                } catch (RuntimeException e) {
                    LOG.warnf("WebSub topics not looked at after the start: %s", e.getMessage());
                }
            });
            worker.scheduleWithFixedDelay(this::deliverDue, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (!on) {
            return;
        }
        worker.shutdownNow();
        worker.awaitTermination(2, TimeUnit.SECONDS);
        // a subscriber that has its body but whose answer is not yet recorded would get it again after
        // the restart: the answers already on their way are waited for, briefly, and recorded
        Instant giveUp = clock.instant().plus(SHUTDOWN_WAIT);
        while (!inFlight.isEmpty() && clock.instant().isBefore(giveUp)) {
            Thread.sleep(10);
        }
        try {
            store.record(claimant, outcomes.drain());
        } catch (RuntimeException e) {
            LOG.debugf("WebSub deliveries not recorded at shutdown (they are sent again): %s", e.getMessage());
        }
        try {
            store.release(claimant);
        } catch (RuntimeException e) {
            LOG.debugf("WebSub claims not released at shutdown (they lapse): %s", e.getMessage());
        }
    }

    /** Notes a committed change; the worker marks the topics it can alter, many changes at once. */
    void changed(@Observes ArticleChanged change) {
        if (on) {
            // only the tags and dates a topic's query looks at are kept, not whole articles
            changes.add(new ArticleChanged(light(change.before()), light(change.after())));
            wake();
        }
    }

    private static Tagged light(Tagged article) {
        return article instanceof Article whole ? IndexEntry.of(whole) : article;
    }

    /**
     * Marks in the store every topic one of the changes noted since the last round can alter: a
     * write of many articles (the content folder at start) costs one look at the topics.
     */
    private void markChangedTopics() {
        List<ArticleChanged> noted = new ArrayList<>();
        for (ArticleChanged change; (change = changes.poll()) != null; ) {
            noted.add(change);
        }
        if (noted.isEmpty()) {
            return;
        }
        try {
            List<String> changed = new ArrayList<>();
            for (String url : store.topics()) {
                Topic topic = topicOrNull(url);
                if (topic != null && noted.stream().anyMatch(change -> topic.isChangedBy(change.before(), change.after()))) {
                    changed.add(url);
                }
            }
            store.changed(changed);
        } catch (RuntimeException e) {
            changes.addAll(noted); // the next round tries again
            throw e;
        }
    }

    /**
     * The hash of the topic's feed as served now, or null if it is none: a new subscriber is
     * owed only what differs from it.
     */
    String currentHash(String topic) {
        Rendered feed = render(topic);
        return feed == null ? null : feed.hash();
    }

    private Topic topicOrNull(String url) {
        try {
            return topics.parse(url);
        } catch (NotATopic e) {
            return null; // a topic of an earlier configuration (another base URL) has no feed to send
        }
    }

    private void wake() {
        if (!worker.isShutdown() && woken.compareAndSet(false, true)) {
            worker.execute(() -> {
                woken.set(false);
                deliverDue();
            });
        }
    }

    private void deliverDue() {
        try {
            markChangedTopics();
            store.record(claimant, outcomes.drain());
            Instant now = clock.instant();
            List<HubSubscription> due = store.claimDue(claimant, now, now.plus(claimLength()), BATCH);
            if (due.isEmpty()) {
                return;
            }
            // another replica may have taken the write: the catalog shows it before its feed is rendered
            if (shared) {
                catalog.catchUp();
            }
            Map<String, Rendered> feeds = new HashMap<>();
            for (HubSubscription subscription : due) {
                if (inFlight.add(subscription.id())) {
                    deliver(subscription, feeds.computeIfAbsent(subscription.topic(), this::render), now);
                }
            }
            if (due.size() == BATCH) {
                wake();
            }
        } catch (RuntimeException e) {
            LOG.warnf("WebSub deliveries wait for the next round: %s", e.getMessage());
        }
    }

    /** A topic's feed as served now, or null if it no longer is one. */
    private Rendered render(String url) {
        try {
            CachedFeed feed = topics.current(topics.parse(url));
            byte[] body = feed.document().bytes();
            return new Rendered(body, feed.document().contentType(), digest(body));
        } catch (NotATopic e) {
            return null;
        }
    }

    private record Rendered(byte[] body, String contentType, String hash) {
    }

    private void deliver(HubSubscription subscription, Rendered feed, Instant now) {
        if (feed == null) {
            outcomes.add(subscription, DeliveryOutcome.dropped(subscription.id()));
            return;
        }
        if (feed.hash().equals(subscription.lastBodyHash())) {
            outcomes.add(subscription, DeliveryOutcome.delivered(subscription.id(), subscription.generation(), feed.hash()));
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofByteArray(feed.body()))
                .header("Content-Type", feed.contentType())
                .header("Link", "<" + hubUrl + ">; rel=\"hub\"")
                .header("Link", "<" + subscription.topic() + ">; rel=\"self\"");
        if (subscription.secret() != null) {
            request.header(Signatures.HEADER, Signatures.of(subscription.secret(), feed.body()));
        }
        client.send(request, URI.create(subscription.callback())).whenComplete((answer, failure) -> {
            DeliveryOutcome outcome;
            if (failure == null && answer.isSuccess()) {
                outcome = DeliveryOutcome.delivered(subscription.id(), subscription.generation(), feed.hash());
            } else if (failure == null && answer.status() == 410) {
                // §7: the subscriber says it no longer wants the topic
                outcome = DeliveryOutcome.dropped(subscription.id());
            } else {
                outcome = failed(subscription, clock.instant(),
                        failure != null ? failure.toString() : "HTTP " + answer.status());
            }
            outcomes.add(subscription, outcome);
            wake();
        });
    }

    private DeliveryOutcome failed(HubSubscription subscription, Instant at, String reason) {
        Instant failingSince = subscription.failingSince() == null ? at : subscription.failingSince();
        if (Duration.between(failingSince, at).compareTo(settings.giveUpAfter()) >= 0) {
            LOG.infof("WebSub subscription of %s to %s dropped: failing since %s (%s)", subscription.callback(),
                    subscription.topic(), failingSince, reason);
            return DeliveryOutcome.dropped(subscription.id());
        }
        return DeliveryOutcome.failed(subscription.id(), at, at.plus(retryDelay(subscription.attempts() + 1)));
    }

    /** The delay before attempt {@code n + 1}: the first retry delay, doubled each time, at most an hour. */
    Duration retryDelay(int failures) {
        Duration delay = settings.retryDelay().multipliedBy(1L << Math.min(failures - 1, 20));
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }

    // long enough for a host's queue to drain; a replica that died holding claims loses them after it
    private Duration claimLength() {
        return settings.callbackTimeout().multipliedBy(12);
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Outcomes waiting to be recorded, in one batch, by the worker. */
    private final class Queue {

        private final ConcurrentLinkedQueue<DeliveryOutcome> waiting = new ConcurrentLinkedQueue<>();

        void add(HubSubscription subscription, DeliveryOutcome outcome) {
            waiting.add(outcome);
            inFlight.remove(subscription.id());
        }

        List<DeliveryOutcome> drain() {
            List<DeliveryOutcome> drained = new ArrayList<>();
            for (DeliveryOutcome outcome; (outcome = waiting.poll()) != null; ) {
                drained.add(outcome);
            }
            return drained;
        }
    }
}
