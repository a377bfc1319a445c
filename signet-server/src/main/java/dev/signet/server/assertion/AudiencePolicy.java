package dev.signet.server.assertion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code aud} values this server accepts: its own base URL (the Salesforce CLI sends it with
 * a trailing slash), its token endpoint URL (RFC 7523 §3 allows it), and the configured extra
 * audiences. Comparison ignores one trailing slash. The base URL is read lazily because with
 * port 0 it is known only once the server listens.
 */
public final class AudiencePolicy {
    private final Supplier<String> baseUrl;
    private final List<String> extraAudiences;
    private final boolean any;
    private volatile Set<String> accepted;

    public AudiencePolicy(Supplier<String> baseUrl, List<String> extraAudiences) {
        this(baseUrl, extraAudiences, false);
    }

    private AudiencePolicy(Supplier<String> baseUrl, List<String> extraAudiences, boolean any) {
        this.baseUrl = baseUrl;
        this.extraAudiences = List.copyOf(extraAudiences);
        this.any = any;
    }

    /** Every audience, for offline inspection, where the server's URLs are not known. */
    public static AudiencePolicy any() {
        return new AudiencePolicy(() -> null, List.of(), true);
    }

    /** These audiences and {@code endpointUrl}: a client assertion may name the endpoint it is sent to. */
    public AudiencePolicy orEndpoint(String endpointUrl) {
        List<String> extra = new ArrayList<>(extraAudiences);
        extra.add(endpointUrl);
        return new AudiencePolicy(baseUrl, extra, any);
    }

    public boolean accepts(String audience) {
        return audience != null && (any || accepted().contains(normalize(audience)));
    }

    /** The accepted audiences, for reasons; empty when every audience is accepted. */
    public Set<String> accepted() {
        Set<String> set = accepted;
        if (set == null) {
            Set<String> built = new LinkedHashSet<>();
            if (!any) {
                built.add(normalize(baseUrl.get()));
                built.add(normalize(baseUrl.get()) + "/services/oauth2/token");
            }
            extraAudiences.forEach(a -> built.add(normalize(a)));
            set = accepted = Set.copyOf(built);
        }
        return set;
    }

    private static String normalize(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
