package dev.herald.server.audience;

import dev.herald.server.config.HeraldConfig;
import dev.herald.server.feed.FeedAddress;
import dev.herald.server.feed.FeedRequestListener;
import dev.herald.server.feed.FeedTopics;
import dev.herald.server.feed.FeedTopics.NotATopic;
import dev.herald.server.store.AudienceStore;
import dev.herald.server.store.HubStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Counts each feed's subscribers from its requests: an aggregator's own count from its
 * {@code User-Agent}, any other reader once a day by a hash of its address and agent salted
 * with the day's salt (the address itself is never kept). What a request adds is held in memory
 * and added to the store every few seconds, where replicas' counts meet; the built-in hub's
 * subscriptions are added as the source {@code websub}. Days are UTC days.
 */
@ApplicationScoped
public class AudienceCounter implements FeedRequestListener {

    private static final Logger LOG = Logger.getLogger(AudienceCounter.class);
    /** Sightings held between two flushes at most; past it new ones wait for the next window. */
    private static final int MAX_BUFFERED = 200_000;
    /** Agent strings whose reading is kept. */
    private static final int MAX_AGENTS = 10_000;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final boolean on;
    private final int maxFeeds;
    /** The feeds counted on {@link #feedsDay}: at most {@code maxFeeds}, the main feed besides. */
    private final Set<String> feedsToday = ConcurrentHashMap.newKeySet();
    private volatile LocalDate feedsDay = LocalDate.MIN;
    private final AudienceStore store;
    private final HubStore hub;
    private final FeedTopics topics;
    private final long flushMillis;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "herald-audience");
        thread.setDaemon(true);
        return thread;
    });
    private final ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(AudienceCounter::newDigest);
    private final ThreadLocal<Sighting> lastSighting = ThreadLocal.withInitial(Sighting::new);
    private final Map<String, Optional<UserAgents.Report>> agents = new ConcurrentHashMap<>();

    private final Set<AudienceStore.Reader> readers = ConcurrentHashMap.newKeySet();
    private final Map<String, AudienceStore.Report> reports = new ConcurrentHashMap<>();
    private final AtomicInteger buffered = new AtomicInteger();
    /** The salts of today and tomorrow, by day. */
    private volatile Map<LocalDate, byte[]> salts = Map.of();
    private volatile AudienceSnapshot snapshot;
    private final List<Consumer<AudienceSnapshot>> listeners = new ArrayList<>();

    public AudienceCounter(HeraldConfig config, AudienceStore store, HubStore hub, FeedTopics topics) {
        this.on = config.audience().enabled();
        this.maxFeeds = config.audience().maxFeeds();
        this.store = store;
        this.hub = hub;
        this.topics = topics;
        this.flushMillis = config.audience().flushInterval().toMillis();
        this.snapshot = new AudienceSnapshot(today(), List.of());
    }

    void start(@Observes StartupEvent event) {
        if (!on) {
            return;
        }
        flusher.execute(this::flushQuietly);
        flusher.scheduleWithFixedDelay(this::flushQuietly, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        flusher.shutdown();
        flusher.awaitTermination(2, TimeUnit.SECONDS);
        if (on) {
            flushQuietly();
        }
    }

    /** Runs after every flush (the metrics follow the counts). */
    synchronized void onFlush(Consumer<AudienceSnapshot> listener) {
        listeners.add(listener);
    }

    /**
     * Counts one answered request for the feed at {@code path} and raw query. Cheap, never blocks:
     * a reader polling again on the same thread the same day is known at once, an agent string
     * already read is not read again.
     */
    @Override
    public void answered(String path, String rawQuery, String address, String agent) {
        if (!on) {
            return;
        }
        long day = clock.millis() / MILLIS_PER_DAY;
        Sighting last = lastSighting.get();
        if (last.is(day, path, rawQuery, address, agent)) {
            return;
        }
        FeedAddress feed = FeedAddress.of(path, rawQuery).orElse(null);
        if (feed == null) {
            return;
        }
        if (count(LocalDate.ofEpochDay(day), feed, address, agent)) {
            last.set(day, path, rawQuery, address, agent);
        }
    }

    // whether the request is counted (or known already, or not to be counted today)
    private boolean count(LocalDate day, FeedAddress feed, String address, String agent) {
        if (!admits(day, feed.feed())) {
            return true;
        }
        UserAgents.Report report = agent == null ? null : reports(agent);
        if (report != null) {
            AudienceStore.Report counted = new AudienceStore.Report(day, feed.feed(), feed.format().cliName(),
                    report.source(), report.sourceFeed(), report.subscribers());
            String key = day + " " + counted.feed() + " " + counted.format() + " " + counted.source() + " "
                    + counted.sourceFeed();
            if (reports.put(key, counted) == null) {
                buffered.incrementAndGet();
            }
            return true;
        }
        byte[] salt = salts.get(day);
        if (salt == null || buffered.get() >= MAX_BUFFERED) {
            return false; // the day's salt is not read yet (the first moments after start, or of a day)
        }
        if (readers.add(new AudienceStore.Reader(day, feed.feed(), feed.format().cliName(), hash(salt, address, agent)))) {
            buffered.incrementAndGet();
        }
        return true;
    }

    /**
     * Whether requests for {@code feed} are counted on {@code day}: the main feed's always, any
     * other's while fewer than {@code maxFeeds} feeds were counted that day, or if it was one of them.
     */
    private boolean admits(LocalDate day, String feed) {
        if (!day.equals(feedsDay)) {
            synchronized (feedsToday) {
                if (!day.equals(feedsDay)) {
                    feedsToday.clear();
                    feedsDay = day;
                }
            }
        }
        if (feed.equals("/") || feedsToday.contains(feed)) {
            return true;
        }
        if (feedsToday.size() >= maxFeeds) {
            return false;
        }
        if (feedsToday.add(feed) && feedsToday.size() == maxFeeds) {
            LOG.warnf("Subscribers of %d feeds counted today (HERALD_AUDIENCE_MAX_FEEDS): requests for other feeds"
                    + " are answered, not counted, until the next UTC day", maxFeeds);
        }
        return true;
    }

    // agents are few and repeat: each string is read once (null: one reader)
    private UserAgents.Report reports(String agent) {
        Optional<UserAgents.Report> known = agents.get(agent);
        if (known == null) {
            known = Optional.ofNullable(UserAgents.reportOf(agent));
            if (agents.size() >= MAX_AGENTS) {
                agents.clear();
            }
            agents.put(agent, known);
        }
        return known.orElse(null);
    }

    /** The last request a thread counted: the same reader polling again that day adds nothing. */
    private static final class Sighting {

        private long day = -1;
        private String path;
        private String rawQuery;
        private String address;
        private String agent;

        boolean is(long day, String path, String rawQuery, String address, String agent) {
            return this.day == day && Objects.equals(this.agent, agent) && Objects.equals(this.address, address)
                    && Objects.equals(this.path, path) && Objects.equals(this.rawQuery, rawQuery);
        }

        void set(long day, String path, String rawQuery, String address, String agent) {
            this.day = day;
            this.path = path;
            this.rawQuery = rawQuery;
            this.address = address;
            this.agent = agent;
        }
    }

    /** The counts of every replica, with this one's latest requests added first. */
    public AudienceSnapshot current() {
        if (on) {
            flush();
        }
        return snapshot;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warnf("Subscriber counts wait for the next flush: %s", e.getMessage());
        }
    }

    private synchronized void flush() {
        LocalDate today = today();
        // the salts change with the day: read (and made) once a day, not at every flush
        if (!salts.containsKey(today) || !salts.containsKey(today.plusDays(1))) {
            salts = Map.of(today, store.saltOf(today), today.plusDays(1), store.saltOf(today.plusDays(1)));
        }
        List<AudienceStore.Reader> newReaders = new ArrayList<>(readers);
        readers.removeAll(newReaders);
        List<AudienceStore.Report> newReports = new ArrayList<>();
        for (String key : List.copyOf(reports.keySet())) {
            AudienceStore.Report report = reports.remove(key);
            if (report != null) {
                newReports.add(report);
            }
        }
        buffered.addAndGet(-(newReaders.size() + newReports.size()));
        newReports.addAll(websubReports(today));
        store.add(newReaders, newReports, today);
        snapshot = AudienceSnapshot.of(store.countsSince(today.minusDays(AudienceSnapshot.DAYS - 1)), today, maxFeeds);
        for (Consumer<AudienceSnapshot> listener : listeners) {
            listener.accept(snapshot);
        }
    }

    // the hub's live subscriptions, and a zero for each feed that had some earlier today and has none now
    private List<AudienceStore.Report> websubReports(LocalDate today) {
        Map<String, AudienceStore.Report> byFeed = new HashMap<>();
        if (snapshot.today().equals(today)) {
            for (AudienceSnapshot.FeedAudience feed : snapshot.feeds()) {
                feed.formats().forEach((format, audience) -> {
                    if (audience.sources().containsKey(AudienceSnapshot.WEBSUB)) {
                        byFeed.put(feed.feed() + " " + format, websub(today, feed.feed(), format, 0));
                    }
                });
            }
        }
        Map<String, Integer> live = new HashMap<>();
        hub.subscribersByTopic(clock.instant()).forEach((topic, count) -> {
            try {
                FeedAddress address = topics.parse(topic).address();
                live.merge(address.feed() + " " + address.format().cliName(), count, Integer::sum);
            } catch (NotATopic e) {
                // no longer a feed of this server: its subscribers are dropped at their next delivery
            }
        });
        live.forEach((key, count) -> {
            int space = key.lastIndexOf(' ');
            byFeed.put(key, websub(today, key.substring(0, space), key.substring(space + 1), count));
        });
        return new ArrayList<>(byFeed.values());
    }

    private static AudienceStore.Report websub(LocalDate day, String feed, String format, int count) {
        return new AudienceStore.Report(day, feed, format, AudienceSnapshot.WEBSUB, "", count);
    }

    private String hash(byte[] salt, String address, String agent) {
        MessageDigest digest = sha256.get();
        digest.update(salt);
        digest.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(String.valueOf(agent).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
