package dev.signet.server.config;

/**
 * How much memory the rows kept behind SOQL query locators may take (the pages after the first of
 * a large result): per user, and for the whole org. A new locator that does not fit drops the
 * oldest ones first; a result larger than the per-user budget by itself is refused.
 *
 * @param locatorBytesPerUser estimated bytes of kept rows of one user's open locators
 * @param locatorBytesPerOrg estimated bytes of kept rows of all open locators
 */
public record QueryConfig(long locatorBytesPerUser, long locatorBytesPerOrg) {
    public static final QueryConfig DEFAULTS = new QueryConfig(32L << 20, 128L << 20);

    public QueryConfig {
        if (locatorBytesPerUser <= 0 || locatorBytesPerOrg <= 0) {
            throw new IllegalArgumentException("query locator memory limits must be positive");
        }
    }
}
