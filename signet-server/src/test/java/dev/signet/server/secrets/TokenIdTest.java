package dev.signet.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.ids.SalesforceId;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Token ids sort by issue time, travel inside the token, and tell new tokens from old ones. */
class TokenIdTest {
    private static final String ORG15 = "00D5g000004AbCd";

    @Test
    void nextWhenLaterThenSortsAfterAsUnsignedBytesAndKeepsItsTime() {
        Instant first = Instant.parse("2026-12-04T20:00:00.001Z");
        Instant later = first.plusMillis(1);
        TokenId a = TokenId.next(first);
        TokenId b = TokenId.next(later);
        assertThat(Arrays.compareUnsigned(a.bytes(), b.bytes())).isNegative();
        assertThat(Arrays.compareUnsigned(TokenId.floor(first).bytes(), a.bytes())).isNotPositive();
        assertThat(Arrays.compareUnsigned(TokenId.floor(later).bytes(), a.bytes())).isPositive();
        assertThat(a.issuedAt()).isEqualTo(first);
        assertThat(TokenId.fromBase64(a.base64())).contains(a);
        assertThat(TokenId.fromHex(a.hex())).contains(a);
    }

    @Test
    void idOfWhenNewTokenThenItsIdAndWhenTokenFromBeforeIdsOrForeignThenNone() {
        TokenId id = TokenId.next(Instant.now());
        String token = AccessTokens.newToken(ORG15, id);
        assertThat(token).matches("00D\\w{12}![A-Za-z0-9._]{64}");
        assertThat(AccessTokens.idOf(token)).contains(id);
        assertThat(AccessTokens.idOf(ORG15 + "!" + "A".repeat(43))).isEmpty(); // made before ids
        assertThat(AccessTokens.idOf(ORG15 + "!" + "*".repeat(64))).isEmpty();
        assertThat(AccessTokens.idOf("no-bang")).isEmpty();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(AccessTokens.newToken(ORG15, id)); // one id, yet every secret differs
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void timeOrderedSalesforceIdWhenLaterThenSortsAfterAndIsAValidId() {
        Instant t = Instant.parse("2026-12-04T20:00:00Z");
        String a = SalesforceId.timeOrdered(SalesforceId.LOGIN_HISTORY_PREFIX, t).to18();
        String b = SalesforceId.timeOrdered(SalesforceId.LOGIN_HISTORY_PREFIX, t.plusMillis(1)).to18();
        assertThat(a.substring(0, 15)).isLessThan(b.substring(0, 15));
        assertThat(SalesforceId.isValid(a)).isTrue();
        assertThat(a).startsWith("0Ya");
    }
}
