package dev.signet.server.assertion;

import com.nimbusds.jose.JOSEObjectType;
import dev.signet.core.urls.Urls;
import java.util.Locale;

/**
 * The {@code typ} header under RFC 10070 (which updates RFC 7523): a client assertion may be
 * explicitly typed {@code client-authentication+jwt}, and then its only {@code aud} must be this
 * server's issuer identifier; a strict app's client assertions must be so typed. A JWT explicitly
 * typed for anything else ({@code at+jwt}, {@code client-authentication+jwt} sent as a grant, …) is
 * refused, so no JWT serves a use it was not made for. Untyped JWTs and {@code JWT} (what every
 * Salesforce client sends) keep working as before.
 */
final class ExplicitTypes {
    static final String CLIENT_AUTHENTICATION = "client-authentication+jwt";

    private ExplicitTypes() {}

    /** True when the checks stop here. */
    static boolean check(JOSEObjectType type, AssertionRules rules, boolean strictIssuer, AssertionClaims claims,
            Inspection<?> run) {
        String typ = normalized(type);
        boolean typed = CLIENT_AUTHENTICATION.equals(typ);
        if (typ != null && typ.endsWith("+jwt") && !(typed && rules.use() == AssertionUse.CLIENT_AUTHENTICATION)) {
            return run.refuse(AssertionOutcome.TYPE_NOT_ALLOWED, "typ " + type + " is not for "
                    + (rules.use() == AssertionUse.GRANT ? "an authorization grant" : "client authentication"));
        }
        if (rules.use() != AssertionUse.CLIENT_AUTHENTICATION) {
            return false;
        }
        if (!typed) {
            return strictIssuer && run.refuse(AssertionOutcome.TYPE_REQUIRED,
                    "strict mode: a client assertion must have typ " + CLIENT_AUTHENTICATION + " (RFC 10070)");
        }
        String issuer = rules.audiences().issuer();
        boolean soleIssuer = claims.audiences().size() == 1 && issuer != null
                && Urls.withoutTrailingSlash(claims.audiences().get(0)).equals(issuer);
        return !soleIssuer && run.refuse(AssertionOutcome.AUDIENCE_INVALID, "a " + CLIENT_AUTHENTICATION
                + " assertion must have the issuer identifier " + issuer + " as its only aud (RFC 10070)");
    }

    // "application/client-authentication+jwt" and "JWT" name the same types as their short, lower-case forms.
    private static String normalized(JOSEObjectType type) {
        if (type == null) {
            return null;
        }
        String value = type.getType().toLowerCase(Locale.ROOT);
        return value.startsWith("application/") ? value.substring("application/".length()) : value;
    }
}
