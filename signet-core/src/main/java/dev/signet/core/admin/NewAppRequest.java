package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * {@code POST /apps}: a connected app to create. Lists may be arrays or comma/space-separated
 * text; empty scopes mean the server's defaults. The App Manager fields ({@code apiName} to
 * {@code ipRelaxation}) are optional; {@code ipRelaxation} is an enum name, matched leniently.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewAppRequest(
        String name,
        String certificate,
        String certificateDer,
        @JsonDeserialize(using = Words.class) List<String> scopes,
        boolean selfAuthorize,
        @JsonDeserialize(using = Words.class) List<String> profiles,
        @JsonDeserialize(using = Words.class) List<String> permissionSets,
        Integer sessionTimeoutMinutes,
        boolean strictAssertions,
        boolean jwtAccessTokens,
        boolean introspectAllTokens,
        String apiName,
        String contactEmail,
        String description,
        @JsonDeserialize(using = Words.class) List<String> callbackUrls,
        String ipRelaxation) {
    public NewAppRequest {
        Required.text(name, "name");
        new CertificateRequest(certificate, certificateDer);
        scopes = scopes == null ? List.of() : scopes;
        profiles = profiles == null ? List.of() : profiles;
        permissionSets = permissionSets == null ? List.of() : permissionSets;
        callbackUrls = callbackUrls == null ? List.of() : callbackUrls;
    }

    /** An app with a certificate file and the App Manager fields left to their defaults. */
    public static NewAppRequest of(String name, byte[] certificateFile, Options options) {
        CertificateRequest cert = CertificateRequest.ofFile(certificateFile);
        return new NewAppRequest(name, null, cert.certificateDer(), options.scopes(), options.selfAuthorize(),
                options.profiles(), options.permissionSets(), options.sessionTimeoutMinutes(),
                options.strictAssertions(), options.jwtAccessTokens(), options.introspectAllTokens(),
                null, null, null, null, null);
    }

    /** What {@code signet admin app create} sets besides name and certificate. */
    public record Options(
            List<String> scopes, boolean selfAuthorize, List<String> profiles, List<String> permissionSets,
            Integer sessionTimeoutMinutes, boolean strictAssertions, boolean jwtAccessTokens,
            boolean introspectAllTokens) {}

    /** The certificate part of the request. */
    @JsonIgnore
    public CertificateRequest certificateRequest() {
        return new CertificateRequest(certificate, certificateDer);
    }
}
