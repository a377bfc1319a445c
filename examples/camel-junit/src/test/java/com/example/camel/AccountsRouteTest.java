package com.example.camel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testkit.Signet;
import dev.signet.testkit.SignetExtension;
import dev.signet.testkit.TestApp;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountsRouteTest {
    static final String USER = "integration@acme.test";

    @RegisterExtension
    static final SignetExtension SIGNET = SignetExtension.builder()
            .app("camel-sync").user(USER)
            .record("Account", Map.of("Name", "Globex")).record("Account", Map.of("Name", "Acme"))
            .build();

    @Test
    void accountsWhenOrgHasAccountsThenRouteAnswersThemSorted(Signet signet) throws Exception {
        try (CamelContext camel = camel(signet)) {
            String json = camel.createProducerTemplate().requestBody(AccountsRoute.ENDPOINT, null, String.class);

            assertThat(json).contains("\"totalSize\":2").containsSubsequence("Acme", "Globex");
        }
    }

    @Test
    void accountsWhenAccountAddedThenRouteSeesIt(Signet signet) throws Exception {
        signet.insert("Account", Map.of("Name", "Initech"));

        try (CamelContext camel = camel(signet)) {
            String json = camel.createProducerTemplate().requestBody(AccountsRoute.ENDPOINT, null, String.class);

            assertThat(json).contains("\"totalSize\":3").contains("Initech");
        }
    }

    private static CamelContext camel(Signet signet) throws Exception {
        TestApp app = signet.app();
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("salesforce", AccountsRoute.salesforce(signet.url(), app.consumerKey(), USER, app.pkcs12(),
                TestApp.KEYSTORE_PASSWORD));
        camel.addRoutes(new AccountsRoute());
        camel.start();
        return camel;
    }
}
