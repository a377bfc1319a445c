package dev.signet.server.config;

/**
 * The {@code /metrics} endpoint.
 *
 * @param isPublic whether it answers without the admin secret (for a scraper on a trusted network)
 */
public record MetricsConfig(boolean isPublic) {
    public static final MetricsConfig DEFAULTS = new MetricsConfig(false);
}
