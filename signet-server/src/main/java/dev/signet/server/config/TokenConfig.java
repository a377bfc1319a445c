package dev.signet.server.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the token endpoint accepts in an assertion.
 *
 * @param extraAudiences {@code aud} values accepted besides the server's own base URL
 * @param strictMaxAssertionLifetime the longest {@code exp} ahead of now that apps with strict
 *     assertion checks accept
 */
public record TokenConfig(List<String> extraAudiences, Duration strictMaxAssertionLifetime) {
    public static final List<String> SALESFORCE_AUDIENCES =
            List.of("https://login.salesforce.com", "https://test.salesforce.com");
    public static final TokenConfig DEFAULTS = new TokenConfig(SALESFORCE_AUDIENCES, Duration.ofMinutes(5));

    public TokenConfig {
        extraAudiences = List.copyOf(extraAudiences);
        Objects.requireNonNull(strictMaxAssertionLifetime, "strictMaxAssertionLifetime must not be null");
    }
}
