package dev.signet.core.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The refresh token of the authorization-code flow in {@link TokenResponse}. */
class TokenResponseRefreshTest {
    @Test
    void toJsonWhenRefreshTokenThenRoundTripsAndToStringRedacts() {
        TokenResponse response = new TokenResponse("00Dxx0000001gPL!access", "api refresh_token",
                "https://acme.example", "https://acme.example/id/00Dxx0000001gPLEAY/005xx000001SwiUAAS", "Bearer",
                1_795_460_321_800L, null, "5Aep861refresh");

        String json = response.toJson();

        assertThat(json).startsWith("{\"access_token\":\"00Dxx0000001gPL!access\",\"refresh_token\":\"5Aep861refresh\"");
        assertThat(TokenResponse.parse(json)).isEqualTo(response);
        assertThat(response.toString()).doesNotContain("5Aep861refresh", "access\"").contains("refreshToken=<redacted>");
    }

    @Test
    void toJsonWhenNoRefreshTokenThenNoField() {
        TokenResponse response = new TokenResponse("t", "api", null, null, "Bearer", null, null);
        assertThat(response.toJson()).doesNotContain("refresh_token");
        assertThat(TokenResponse.parse(response.toJson()).refreshToken()).isNull();
    }
}
