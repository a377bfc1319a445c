package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.salesforce.AuthenticationType;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.component.salesforce.SalesforceLoginConfig;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Apache Camel's salesforce component, set up as for Salesforce (JWT, PKCS#12), against the embedded server. */
class CamelSalesforceTest {
    static final String USER = "camel@acme.test";

    @RegisterExtension
    static final SignetExtension SIGNET = SignetExtension.builder()
            .app("camel").user(USER)
            .record("Account", Map.of("Name", "Acme")).record("Account", Map.of("Name", "Globex"))
            .build();

    @Test
    void routeWhenJwtLoginWithPkcs12ThenReadsAccounts(Signet signet) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("salesforce", salesforce(signet));
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:accounts")
                            .to("salesforce:query?rawPayload=true&sObjectQuery=SELECT Name FROM Account ORDER BY Name");
                }
            });
            camel.start();

            String json = camel.createProducerTemplate().requestBody("direct:accounts", null, String.class);

            assertThat(json).contains("\"totalSize\":2").containsSubsequence("Acme", "Globex");
            assertThat(signet.loginHistory()).singleElement().satisfies(login -> assertThat(login.success()).isTrue());
        }
    }

    private static SalesforceComponent salesforce(Signet signet) {
        KeyStoreParameters keystore = new KeyStoreParameters();
        keystore.setResource("file:" + signet.app().pkcs12());
        keystore.setPassword(TestApp.KEYSTORE_PASSWORD);
        keystore.setType("PKCS12");
        SalesforceLoginConfig login = new SalesforceLoginConfig();
        login.setType(AuthenticationType.JWT);
        login.setLoginUrl(signet.url());
        login.setClientId(signet.app().consumerKey());
        login.setUserName(USER);
        login.setKeystore(keystore);
        SalesforceComponent salesforce = new SalesforceComponent();
        salesforce.setLoginConfig(login);
        return salesforce;
    }
}
