package com.example.camel;

import java.nio.file.Path;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.salesforce.AuthenticationType;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.component.salesforce.SalesforceLoginConfig;
import org.apache.camel.support.jsse.KeyStoreParameters;

/**
 * The "integration code" under test: a route that answers {@code direct:accounts} with the org's
 * Accounts (the query's JSON), and the salesforce component set up for the JWT bearer flow with a
 * PKCS#12 keystore, as for Salesforce (login URL https://login.salesforce.com there).
 */
public final class AccountsRoute extends RouteBuilder {
    public static final String ENDPOINT = "direct:accounts";

    @Override
    public void configure() {
        from(ENDPOINT).to("salesforce:query?rawPayload=true&sObjectQuery=SELECT Name FROM Account ORDER BY Name");
    }

    /** The salesforce component for a connected app's consumer key, a user, and the app's key in a PKCS#12 file. */
    public static SalesforceComponent salesforce(String loginUrl, String consumerKey, String username, Path pkcs12,
            String password) {
        KeyStoreParameters keystore = new KeyStoreParameters();
        keystore.setResource("file:" + pkcs12);
        keystore.setPassword(password);
        keystore.setType("PKCS12");
        SalesforceLoginConfig login = new SalesforceLoginConfig();
        login.setType(AuthenticationType.JWT);
        login.setLoginUrl(loginUrl);
        login.setClientId(consumerKey);
        login.setUserName(username);
        login.setKeystore(keystore);
        SalesforceComponent salesforce = new SalesforceComponent();
        salesforce.setLoginConfig(login);
        return salesforce;
    }
}
