package dev.signet.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The token and revocation requests the kit's helpers send, over real HTTP like any client. */
final class OAuthCalls {
    private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    OAuthCalls(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** POSTs a JWT bearer token request; the response as it came, whatever its status. */
    HttpResponse<String> tokenRequest(String signedAssertion) {
        return postForm("/services/oauth2/token", "grant_type=" + encode(JWT_BEARER) + "&assertion=" + encode(signedAssertion));
    }

    /** The token response of a request that must succeed. */
    JsonNode token(String signedAssertion) {
        HttpResponse<String> response = tokenRequest(signedAssertion);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request refused (" + response.statusCode() + "): " + response.body()
                    + " — see Signet.loginHistory() for the reason");
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Revokes an access or refresh token as a client would ({@code POST /services/oauth2/revoke}). */
    void revoke(String token) {
        HttpResponse<String> response = postForm("/services/oauth2/revoke", "token=" + encode(token));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("revocation refused (" + response.statusCode() + "): " + response.body());
        }
    }

    private HttpResponse<String> postForm(String path, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
