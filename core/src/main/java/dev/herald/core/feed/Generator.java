package dev.herald.core.feed;

/** How feeds name the program that wrote them. */
public final class Generator {

    public static final String NAME = "Herald";
    public static final String VERSION = "0.1.0";
    /** The product token of Herald's own HTTP requests ({@code User-Agent}). */
    public static final String PRODUCT = NAME + "/" + VERSION;

    private Generator() {
    }
}
