package dev.signet.server.assertion;

import dev.signet.core.urls.Urls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code aud} values this server accepts: its own base URL (the Salesforce CLI sends it with
 * a trailing slash), its token endpoint URL (RFC 7523 §3 allows it), and the configured extra
 * audiences. Comparison ignores one trailing slash.
 */
public final class AudiencePolicy {
    private final String issuer;
    private final List<String> extraAudiences;
    private final boolean any;
    private final Set<String> accepted;

    public AudiencePolicy(String baseUrl, List<String> extraAudiences) {
        this(Urls.withoutTrailingSlash(baseUrl), server(baseUrl), extraAudiences, false);
    }

    private AudiencePolicy(String issuer, Collection<String> own, List<String> extraAudiences, boolean any) {
        this.issuer = issuer;
        this.extraAudiences = List.copyOf(extraAudiences);
        this.any = any;
        Set<String> built = new LinkedHashSet<>(own);
        extraAudiences.forEach(a -> built.add(Urls.withoutTrailingSlash(a)));
        this.accepted = Set.copyOf(built);
    }

    /** Every audience, for offline inspection, where the server's URLs are not known. */
    public static AudiencePolicy any() {
        return new AudiencePolicy(null, List.of(), List.of(), true);
    }

    /** These audiences and {@code endpointUrl}: a client assertion may name the endpoint it is sent to. */
    public AudiencePolicy orEndpoint(String endpointUrl) {
        List<String> extra = new ArrayList<>(extraAudiences);
        extra.add(endpointUrl);
        return new AudiencePolicy(issuer, accepted, extra, any);
    }

    /** The server's issuer identifier (its base URL, no trailing slash); null where unknown (offline). */
    public String issuer() {
        return issuer;
    }

    public boolean accepts(String audience) {
        return audience != null && (any || accepted.contains(Urls.withoutTrailingSlash(audience)));
    }

    /** The accepted audiences, for reasons; empty when every audience is accepted. */
    public Set<String> accepted() {
        return accepted;
    }

    private static List<String> server(String baseUrl) {
        String base = Urls.withoutTrailingSlash(baseUrl);
        return List.of(base, base + "/services/oauth2/token");
    }
}
