package dev.signet.client.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.client.CachingTokenSource;
import dev.signet.client.JwtBearerClient;
import dev.signet.client.SalesforceApi;
import dev.signet.client.SigningKeys;
import java.nio.file.Path;
import java.util.List;

/**
 * The quick-start example of the README, compiled by the build and run by {@code ReadmeExampleTest}
 * against a real Signet server. Copy the lines between the {@code README} markers.
 *
 * <p>Run it against a real org: {@code java -cp … dev.signet.client.examples.ReadmeExample
 * https://login.salesforce.com CONSUMER_KEY user@acme.com server.key}.
 */
public final class ReadmeExample {
    private ReadmeExample() {}

    /** What the snippet read: the user's identity document and the org's Accounts. */
    record Seen(JsonNode identity, List<JsonNode> accounts) {}

    /** Prints the user's name and the number of Accounts: {@code LOGIN_URL CONSUMER_KEY USERNAME KEY_FILE}. */
    public static void main(String[] args) {
        Seen seen = run(args[0], args[1], args[2], Path.of(args[3]));
        System.out.println(seen.identity().get("username").asText() + ": " + seen.accounts().size() + " Accounts");
    }

    /** The README snippet. */
    static Seen run(String loginUrl, String consumerKey, String username, Path keyFile) {
        // README begin
        JwtBearerClient client = JwtBearerClient.builder()
                .loginUrl(loginUrl)                           // LoginUrls.PRODUCTION, LoginUrls.SANDBOX, My Domain
                .clientId(consumerKey)                        // the connected app's consumer key
                .username(username)                           // a user the app pre-authorizes
                .signingKey(SigningKeys.file(keyFile, null))  // the key of the certificate uploaded to the app
                .build();
        CachingTokenSource tokens = client.cachingTokenSource(); // share it: one token, one refresh at a time
        SalesforceApi api = SalesforceApi.builder(tokens).build();

        JsonNode versions = api.get("/services/data").json();  // on instance_url, Bearer token, re-mint on 401
        JsonNode me = api.get(tokens.token().id()).json();     // the identity URL of the token
        List<JsonNode> accounts = api.query("SELECT Name FROM Account"); // follows nextRecordsUrl
        // README end
        System.out.println("API versions: " + versions.size());
        return new Seen(me, accounts);
    }
}
