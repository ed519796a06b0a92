package dev.herald.server.audience;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a feed request's {@code User-Agent} says of its subscribers. Aggregators that fetch a feed
 * once for many people say how many ({@code Feedly/1.0 (…; 123 subscribers; …)}, {@code NewsBlur
 * Feed Fetcher - 12 subscribers - …}) and often their own id of the feed ({@code feed-id:1234});
 * any other agent is one reader.
 */
final class UserAgents {

    private static final Pattern COUNT = Pattern.compile(
            "\\b(\\d[\\d,]{0,12})\\s*(?:subscribers?|readers?|users?|followers?)\\b|subscriber count:\\s*(\\d[\\d,]{0,12})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FEED_ID = Pattern.compile("feed[-_ ]?id[=: ]\\s*([A-Za-z0-9_-]{1,64})",
            Pattern.CASE_INSENSITIVE);
    /** {@code Mozilla/5.0 (compatible; Inoreader/1.0; …)}: the product is the one after "compatible;". */
    private static final Pattern COMPATIBLE = Pattern.compile("compatible;\\s*([^;/()]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PRODUCT = Pattern.compile("^\\s*([^/;()\\s]+)");
    /** Names spelt more than one way, or hidden behind another product's, and the one they count under. */
    private static final String[][] KNOWN = {
            {"feedly", "feedly"}, {"inoreader", "inoreader"}, {"newsblur", "newsblur"}, {"feedbin", "feedbin"},
            {"theoldreader", "theoldreader"}, {"old reader", "theoldreader"}, {"bazqux", "bazqux"},
            {"feed wrangler", "feedwrangler"}, {"netvibes", "netvibes"}, {"bloglovin", "bloglovin"},
            {"feedspot", "feedspot"}, {"newsgator", "newsgator"}, {"feedhq", "feedhq"}, {"g2reader", "g2reader"},
            {"feedpress", "feedpress"}, {"superfeedr", "superfeedr"}, {"digg", "digg"}};

    private UserAgents() {
    }

    /**
     * An aggregator's report: its name (a metric label: lower case letters, digits, dots and
     * dashes), its count and its own id of the feed (empty when it gives none).
     */
    record Report(String source, int subscribers, String sourceFeed) {
    }

    /** The report in this agent string, or null when it is a single reader's. */
    static Report reportOf(String agent) {
        if (agent == null) {
            return null;
        }
        Matcher count = COUNT.matcher(agent);
        if (!count.find()) {
            return null;
        }
        int subscribers;
        try {
            String digits = count.group(1) != null ? count.group(1) : count.group(2);
            subscribers = Integer.parseInt(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        Matcher feedId = FEED_ID.matcher(agent);
        return new Report(sourceOf(agent), subscribers, feedId.find() ? feedId.group(1) : "");
    }

    private static String sourceOf(String agent) {
        String lower = agent.toLowerCase(Locale.ROOT);
        for (String[] known : KNOWN) {
            if (lower.contains(known[0])) {
                return known[1];
            }
        }
        Matcher compatible = COMPATIBLE.matcher(agent);
        Matcher first = FIRST_PRODUCT.matcher(agent);
        String product = compatible.find() ? compatible.group(1) : first.find() ? first.group(1) : "unknown";
        String label = product.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
        if (label.isEmpty()) {
            return "unknown";
        }
        return label.length() > 64 ? label.substring(0, 64) : label;
    }
}
