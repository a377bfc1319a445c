package dev.signet.server.rest;

import dev.signet.server.http.ApiException;
import dev.signet.server.resource.BearerAuthenticator;
import dev.signet.server.resource.Session;
import io.javalin.http.Context;

/**
 * An authenticated data API call with its version: {@code api} is {@code /services/data/vNN.0},
 * the prefix of every URL the response contains.
 */
record DataRequest(Session session, String version, String api) {
    static final String USAGE_HEADER = "Sforce-Limit-Info";

    /**
     * Authenticates (401 as the bearer authenticator answers), then requires the {@code api} scope
     * (403, never 401: clients re-login on 401) and a version this server serves (404).
     */
    static DataRequest of(Context ctx, BearerAuthenticator auth, ApiUsage usage) {
        Session session = auth.authenticate(ctx);
        if (!session.hasAnyScope("api")) {
            throw new ApiException(403, "API_DISABLED_FOR_ORG",
                    "This session is not valid for use with the REST API: the token lacks the api scope");
        }
        String v = ctx.pathParam("version");
        if (!v.matches("v\\d{2}\\.0")) {
            throw notFound();
        }
        int number = Integer.parseInt(v.substring(1, 3));
        if (number < ApiVersions.OLDEST || number > ApiVersions.LATEST) {
            throw notFound();
        }
        ctx.header(USAGE_HEADER, "api-usage=" + usage.record() + "/" + ApiUsage.DAILY_MAX);
        return new DataRequest(session, v.substring(1), "/services/data/" + v);
    }

    static ApiException notFound() {
        return ApiException.notFound();
    }

    String userId() {
        return session.user().id();
    }
}
