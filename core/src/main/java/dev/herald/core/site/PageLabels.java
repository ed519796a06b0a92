package dev.herald.core.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a site's pages (navigation, headings, "By", "Updated") and how they write dates and
 * months, in the site's language where Herald has them ({@code labels_xx.properties} beside this
 * class: German, French, Spanish, Italian, Portuguese, Dutch, Swedish), else in English
 * ({@code labels.properties}). A page's own text, its articles, keeps its language. Thread-safe.
 */
public final class PageLabels {

    private static final String BUNDLE = "dev.herald.core.site.labels";
    private static final Map<String, PageLabels> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private final Map<String, String> words;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter month;
    private final DateTimeFormatter monthName;

    private PageLabels(Map<String, String> words, Locale locale) {
        this.words = Map.copyOf(words);
        this.dateTime = DateTimeFormatter.ofPattern(words.get("pattern.dateTime"), locale).withZone(ZoneOffset.UTC);
        this.month = DateTimeFormatter.ofPattern(words.get("pattern.month"), locale);
        this.monthName = DateTimeFormatter.ofPattern(words.get("pattern.monthName"), locale);
    }

    /** The labels for pages in {@code language} (a BCP 47 tag; its primary subtag decides). */
    public static PageLabels of(String language) {
        String primary = language == null ? "en" : language.toLowerCase(Locale.ROOT).split("-", 2)[0];
        return BY_LANGUAGE.computeIfAbsent(primary, PageLabels::load);
    }

    private static PageLabels load(String primary) {
        // never the machine's own locale: a site's pages read the same wherever they are built
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(primary),
                PageLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> words = new HashMap<>();
        bundle.keySet().forEach(key -> words.put(key, bundle.getString(key)));
        Locale locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
        return new PageLabels(words, locale);
    }

    /** Every label by its key, for the templates: {@code {page.labels.tags}}. */
    public Map<String, String> words() {
        return words;
    }

    /** The label {@code key} with {@code {0}}, {@code {1}} … filled in (in one pass: a value's own "{1}" stays). */
    public String get(String key, Object... values) {
        return PLACEHOLDER.matcher(words.get(key)).replaceAll(found -> {
            int at = Integer.parseInt(found.group(1));
            return Matcher.quoteReplacement(at < values.length ? String.valueOf(values[at]) : found.group());
        });
    }

    /** A date and time as the pages show it: "3 December 2024, 09:30 UTC", "3. Dezember 2024, 09:30 UTC". */
    public String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    /** A month with its year: "December 2024", "décembre 2024". */
    public String month(YearMonth yearMonth) {
        return month.format(yearMonth);
    }

    /** A month's name alone, as the archive's index lists them under their year. */
    public String monthName(YearMonth yearMonth) {
        return monthName.format(yearMonth);
    }
}
