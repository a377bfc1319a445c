package dev.signet.server.model;

import java.util.List;
import java.util.Objects;

/**
 * What App Manager shows about a connected app besides its OAuth core: API name, contact email,
 * description, callback URLs (the {@code redirect_uri} values the authorization endpoint accepts)
 * and the IP relaxation policy (metadata {@code oauthPolicy.ipRelaxation}).
 */
public record AppSettings(
        String apiName, String contactEmail, String description, List<String> callbackUrls, IpRelaxation ipRelaxation) {
    public static final AppSettings DEFAULTS = new AppSettings(null, null, null, List.of(), IpRelaxation.ENFORCE);

    public AppSettings {
        callbackUrls = List.copyOf(callbackUrls);
        Objects.requireNonNull(ipRelaxation, "ipRelaxation must not be null");
    }

    public AppSettings withIpRelaxation(IpRelaxation value) {
        return new AppSettings(apiName, contactEmail, description, callbackUrls, value);
    }
}
