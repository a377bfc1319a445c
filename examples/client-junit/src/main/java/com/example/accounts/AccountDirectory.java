package com.example.accounts;

import dev.signet.client.JwtBearerClient;
import dev.signet.client.SalesforceApi;
import java.nio.file.Path;
import java.util.List;

/**
 * The "integration code" under test: logs in with the JWT bearer flow (a connected app's consumer
 * key and private key, an integration user) and reads the names of the org's Accounts. Against
 * Salesforce the login URL is https://login.salesforce.com; in the test it is the embedded Signet.
 */
public final class AccountDirectory {
    private final SalesforceApi api;

    public AccountDirectory(String loginUrl, String consumerKey, String username, Path privateKey) {
        JwtBearerClient client = JwtBearerClient.builder().loginUrl(loginUrl).clientId(consumerKey)
                .username(username).privateKey(privateKey, null).build();
        this.api = SalesforceApi.builder(client.cachingTokenSource()).build();
    }

    /** The names of the Accounts, alphabetically. */
    public List<String> accountNames() {
        return api.query("SELECT Name FROM Account ORDER BY Name").stream()
                .map(account -> account.path("Name").asText()).toList();
    }
}
