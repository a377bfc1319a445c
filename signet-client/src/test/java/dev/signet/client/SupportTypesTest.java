package dev.signet.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Errors;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LoginUrls, HttpResult, JwtBearerException and the form encoding of JdkHttpTransport. */
class SupportTypesTest {
    @Test
    void myDomainWhenNameThenMyDomainUrl() {
        assertThat(LoginUrls.myDomain("Acme")).isEqualTo("https://acme.my.salesforce.com");
        assertThat(LoginUrls.sandboxMyDomain("acme", "dev")).isEqualTo("https://acme--dev.sandbox.my.salesforce.com");
    }

    @Test
    void myDomainWhenUrlThenRejected() {
        assertThatThrownBy(() -> LoginUrls.myDomain("https://acme.my.salesforce.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a URL");
    }

    @Test
    void httpResultWhenHeaderNameInAnyCaseThenFound() {
        HttpResult result = new HttpResult(400, Map.of("Date", List.of("Sun, 01 Mar 2026 12:00:00 GMT")), "{}");

        assertThat(result.header("date")).contains("Sun, 01 Mar 2026 12:00:00 GMT");
        assertThat(result.date()).contains(Instant.parse("2026-03-01T12:00:00Z"));
    }

    @Test
    void httpResultWhenDateMalformedThenEmpty() {
        assertThat(new HttpResult(200, Map.of("Date", List.of("yesterday")), "").date()).isEmpty();
    }

    @Test
    void httpResultToStringWhenBodyHoldsTokenThenBodyLeftOut() {
        HttpResult result = new HttpResult(200, Map.of(), "{\"access_token\":\"00Dxx0000001gPL!secret\"}");

        assertThat(result.toString()).doesNotContain("secret").contains("200");
    }

    @Test
    void exceptionWhenOAuthErrorThenMessageIsErrorColonDescription() {
        JwtBearerException e = new JwtBearerException(OAuth2Errors.NOT_APPROVED);

        assertThat(e.getMessage()).isEqualTo("invalid_grant: user hasn't approved this consumer");
        assertThat(e.error()).isEqualTo("invalid_grant");
        assertThat(e.description()).isEqualTo("user hasn't approved this consumer");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.oauth2Error()).isEqualTo(OAuth2Errors.NOT_APPROVED);
        assertThat(e.hint()).isEqualTo(ErrorHints.hint(OAuth2Errors.NOT_APPROVED));
    }

    @Test
    void exceptionWhenNoDescriptionThenMessageIsCode() {
        assertThat(new JwtBearerException(new OAuth2Error("invalid_client", null, 401)).getMessage())
                .isEqualTo("invalid_client");
    }

    @Test
    void encodeWhenSpecialCharactersThenFormEncodedInOrder() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
        form.put("assertion", "a.b+c/d=");

        assertThat(JdkHttpTransport.encode(form))
                .isEqualTo("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=a.b%2Bc%2Fd%3D");
    }

    @Test
    void userAgentWhenBuiltThenNamesClient() {
        assertThat(JdkHttpTransport.USER_AGENT).startsWith("signet-client/");
    }
}
