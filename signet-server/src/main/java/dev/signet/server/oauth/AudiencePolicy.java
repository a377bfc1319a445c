package dev.signet.server.oauth;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code aud} values this server accepts: its own base URL (the Salesforce CLI sends it with
 * a trailing slash), its token endpoint URL (RFC 7523 §3 allows it), and the configured extra
 * audiences. Comparison ignores one trailing slash.
 */
public final class AudiencePolicy {
    private final String baseUrl;
    private final List<String> extraAudiences;
    private volatile Set<String> accepted;

    public AudiencePolicy(String baseUrl, List<String> extraAudiences) {
        this.baseUrl = baseUrl;
        this.extraAudiences = List.copyOf(extraAudiences);
    }

    public boolean accepts(String audience) {
        return audience != null && accepted().contains(normalize(audience));
    }

    public Set<String> accepted() {
        Set<String> set = accepted;
        if (set == null) {
            Set<String> built = new LinkedHashSet<>();
            built.add(normalize(baseUrl));
            built.add(normalize(baseUrl) + "/services/oauth2/token");
            extraAudiences.forEach(a -> built.add(normalize(a)));
            set = accepted = Set.copyOf(built);
        }
        return set;
    }

    private static String normalize(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
