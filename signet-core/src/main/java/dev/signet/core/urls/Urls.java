package dev.signet.core.urls;

/**
 * URL comparison the way clients expect it: one trailing slash does not make another URL (the
 * Salesforce CLI sends its login URL with one, most clients without).
 */
public final class Urls {
    private Urls() {}

    /** {@code url} without one trailing slash. */
    public static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Whether the two URLs are equal but for one trailing slash on either. */
    public static boolean same(String a, String b) {
        return a != null && b != null && withoutTrailingSlash(a).equals(withoutTrailingSlash(b));
    }
}
