package dev.signet.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Errors;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorHintsTest {
    private static final String GENERIC = ErrorHints.hint(new OAuth2Error("made_up", "nothing known", 400));
    private static final ErrorHints.Context CONTEXT = new ErrorHints.Context(
            "https://acme.my.salesforce.com",
            URI.create("https://acme.my.salesforce.com/services/oauth2/token"),
            "https://acme.my.salesforce.com",
            "3MVG9key",
            "integration@acme.com",
            Instant.parse("2026-03-01T12:03:00Z"),
            Duration.ofMinutes(-10));

    static List<OAuth2Error> allKnownErrors() throws IllegalAccessException {
        List<OAuth2Error> errors = new ArrayList<>();
        for (Field field : OAuth2Errors.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == OAuth2Error.class) {
                errors.add((OAuth2Error) field.get(null));
            }
        }
        return errors;
    }

    @Test
    void hintWhenAnyErrorOfOAuth2ErrorsThenSpecificHint() throws Exception {
        List<OAuth2Error> errors = allKnownErrors();

        assertThat(errors).hasSizeGreaterThanOrEqualTo(11);
        for (OAuth2Error error : errors) {
            assertThat(ErrorHints.hint(error)).as(error.toString()).isNotEqualTo(GENERIC).isNotBlank();
            assertThat(ErrorHints.hint(error, CONTEXT)).as(error.toString()).isNotEqualTo(GENERIC).isNotBlank();
        }
    }

    @Test
    void hintWhenUnknownErrorThenGeneric() {
        assertThat(ErrorHints.hint(new OAuth2Error("invalid_grant", "something new", 400)))
                .isEqualTo(GENERIC)
                .contains("Login History");
    }

    @Test
    void hintWhenInvalidAssertionThenNamesKeyAndCertificate() {
        assertThat(ErrorHints.hint(OAuth2Errors.INVALID_ASSERTION))
                .contains("private key doesn't match the certificate", "RS256");
    }

    @Test
    void hintWhenExpiredThenNamesClockTimeZoneExpAndOffset() {
        assertThat(ErrorHints.hint(OAuth2Errors.EXPIRED, CONTEXT))
                .contains("local clock (NTP)", "time zone", "2026-03-01T12:03:00Z", "600 s behind");
    }

    @Test
    void hintWhenExpiredAndSmallOffsetThenOffsetNotMentioned() {
        ErrorHints.Context close = new ErrorHints.Context(null, null, null, null, null, null, Duration.ofSeconds(2));

        assertThat(ErrorHints.hint(OAuth2Errors.EXPIRED, close)).doesNotContain("server's clock");
    }

    @Test
    void hintWhenAudienceInvalidThenNamesLoginUrlsAndAudUsed() {
        assertThat(ErrorHints.hint(OAuth2Errors.AUDIENCE_INVALID, CONTEXT))
                .contains("https://login.salesforce.com", "https://test.salesforce.com",
                        "aud=https://acme.my.salesforce.com", "login URL https://acme.my.salesforce.com",
                        "My Domain");
    }

    @Test
    void hintWhenDocumentedAudienceWordingThenSameHint() {
        OAuth2Error documented = new OAuth2Error("invalid_grant", "Audience validation failed", 400);

        assertThat(ErrorHints.hint(documented)).isEqualTo(ErrorHints.hint(OAuth2Errors.AUDIENCE_INVALID));
    }

    @Test
    void hintWhenClientIdInvalidThenNamesConsumerKey() {
        assertThat(ErrorHints.hint(OAuth2Errors.INVALID_CLIENT_ID, CONTEXT)).contains("consumer key", "iss=3MVG9key");
    }

    @Test
    void hintWhenNotApprovedThenNamesPolicyAndAuthorizeUrl() {
        assertThat(ErrorHints.hint(OAuth2Errors.NOT_APPROVED, CONTEXT))
                .contains("integration@acme.com", "doesn't exist", "All users may self-authorize",
                        "https://acme.my.salesforce.com/services/oauth2/authorize?response_type=code&client_id=3MVG9key",
                        "Admin approved users are pre-authorized");
    }

    @Test
    void hintWhenNotAdminApprovedThenNamesProfilesAndPermissionSets() {
        assertThat(ErrorHints.hint(OAuth2Errors.NOT_ADMIN_APPROVED))
                .contains("Manage Profiles", "Manage Permission Sets");
    }

    @Test
    void hintWhenInactiveUserThenSaysActivate() {
        assertThat(ErrorHints.hint(OAuth2Errors.INACTIVE_USER, CONTEXT)).contains("integration@acme.com", "activate");
    }

    @Test
    void hintWhenIpRestrictedInAnyCaseThenSameHint() {
        OAuth2Error lower = new OAuth2Error("invalid_grant", "ip restricted or invalid login hours", 400);

        assertThat(ErrorHints.hint(lower)).isEqualTo(ErrorHints.hint(OAuth2Errors.IP_RESTRICTED)).contains("IP");
    }

    @Test
    void hintWhenNonOAuthHttpErrorThenPointsAtTokenEndpoint() {
        assertThat(ErrorHints.hint(new OAuth2Error("ERROR_HTTP_404", "HTTP 404", 404), CONTEXT))
                .contains("HTTP 404", "https://acme.my.salesforce.com/services/oauth2/token");
    }
}
