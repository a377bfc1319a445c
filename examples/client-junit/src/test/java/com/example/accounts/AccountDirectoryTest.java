package com.example.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.client.JwtBearerException;
import dev.signet.testkit.Signet;
import dev.signet.testkit.SignetExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountDirectoryTest {
    static final String USER = "integration@acme.test";

    @RegisterExtension
    static final SignetExtension SIGNET = SignetExtension.builder()
            .app("accounts-sync")
            .user(USER)
            .record("Account", Map.of("Name", "Globex"))
            .record("Account", Map.of("Name", "Acme"))
            .build();

    @Test
    void accountNamesWhenOrgHasAccountsThenSortedNames(Signet signet) {
        AccountDirectory directory = directory(signet);

        assertThat(directory.accountNames()).containsExactly("Acme", "Globex");
    }

    @Test
    void accountNamesWhenAccountAddedThenSeen(Signet signet) {
        signet.insert("Account", Map.of("Name", "Initech"));

        assertThat(directory(signet).accountNames()).containsExactly("Acme", "Globex", "Initech");
    }

    @Test
    void accountNamesWhenUserFrozenThenLoginRefused(Signet signet) {
        signet.freeze(USER);

        assertThatThrownBy(() -> directory(signet).accountNames())
                .isInstanceOfSatisfying(JwtBearerException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
        assertThat(signet.loginHistory().get(0).status()).isEqualTo("User Is Frozen");
    }

    private static AccountDirectory directory(Signet signet) {
        return new AccountDirectory(signet.url(), signet.app().consumerKey(), USER, signet.app().privateKeyFile());
    }
}
