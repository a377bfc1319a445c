package dev.signet.client;

import dev.signet.core.oauth.OAuth2Error;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The likely mistake behind each token-endpoint error Salesforce answers in the JWT bearer flow,
 * as one sentence or two to show the user. Rules match the {@code error} code and, for the shared
 * {@code invalid_grant} code, the {@code error_description} (case-insensitively).
 *
 * <p>Related specifications: RFC 7523 §3.1; Salesforce "OAuth 2.0 JWT Bearer Flow" and "OAuth 2.0
 * Authorization Errors".
 */
public final class ErrorHints {
    private static final Set<String> ANY = null;
    private static final Duration NOTABLE_OFFSET = Duration.ofSeconds(30);

    private static final List<Rule> RULES = List.of(
            rule(JwtBearerException.TRANSPORT_ERROR, ANY, c -> "check that the login URL " + or(c.loginUrl(), "")
                    + " is right and reachable from this machine (DNS, firewall, proxy: -Dhttps.proxyHost)."),
            rule(JwtBearerException.INVALID_RESPONSE, ANY, c -> "the server answered without an access_token: check"
                    + " that " + or(c.tokenEndpoint(), "the token endpoint") + " is the OAuth token endpoint."),
            rule("invalid_grant", Set.of("invalid assertion"), c -> "the private key doesn't match the certificate"
                    + " uploaded to the connected app (\"Use digital signatures\"), or the assertion is malformed or"
                    + " not signed with RS256. Compare `openssl x509 -in cert.crt -noout -pubkey` with `openssl pkey"
                    + " -in key.pem -pubout`; a new certificate takes a few minutes to apply."),
            rule("invalid_grant", Set.of("expired authorization code"), ErrorHints::expired),
            rule("invalid_grant", Set.of("audience is invalid", "audience validation failed"), ErrorHints::audience),
            rule("invalid_client_id", ANY, c -> "iss must be the connected app's consumer key (App Manager ▸ View ▸"
                    + " Consumer Key)" + (c.clientId() == null ? "" : "; this assertion used iss=" + c.clientId())
                    + ". Check that the app exists in the org behind " + or(c.loginUrl(), "the login URL")
                    + " (sandbox or production) and allow 2–10 minutes after creating it."),
            rule("invalid_grant", Set.of("user hasn't approved this consumer"), ErrorHints::notApproved),
            rule("invalid_app_access", ANY, c -> "the connected app's Permitted Users policy is \"Admin approved users"
                    + " are pre-authorized\" and " + user(c) + " has no access: assign the user's profile or a"
                    + " permission set to the app (App Manager ▸ Manage ▸ Manage Profiles / Manage Permission Sets)."),
            rule("invalid_grant", Set.of("inactive user", "user is inactive"), c -> user(c) + " is deactivated:"
                    + " activate the user (Setup ▸ Users ▸ Edit ▸ Active) or log in as another user."),
            rule("inactive_user", ANY, c -> user(c) + " is deactivated: activate the user (Setup ▸ Users) or log in"
                    + " as another user."),
            rule("unsupported_grant_type", ANY, c -> "the server doesn't take the JWT bearer grant at "
                    + or(c.tokenEndpoint(), "this URL") + ": check that the URL ends in /services/oauth2/token and"
                    + " that JWT bearer is enabled for the connected app."),
            rule("invalid_grant", Set.of("ip restricted or invalid login hours"), c -> "this machine's IP address or"
                    + " the time is outside the user's profile Login IP Ranges / Login Hours, or the connected app"
                    + " enforces IP restrictions: relax IP restrictions on the app (Manage ▸ Edit Policies ▸ IP"
                    + " Relaxation) or add this IP to the profile's Login IP Ranges."),
            rule("inactive_org", ANY, c -> "the org is locked, closed or suspended: contact its administrator."),
            rule("invalid_request", Set.of("https required"), c -> "the server takes only HTTPS: use an https://"
                    + " login URL."),
            rule("invalid_request", ANY, c -> "the server found the token request malformed: check that "
                    + or(c.tokenEndpoint(), "the URL") + " is the token endpoint and nothing in between (proxy,"
                    + " gateway) rewrites the form body."),
            rule("rate_limit_exceeded", ANY, c -> "too many logins for this user in a short time: reuse the access"
                    + " token until it expires instead of requesting one per call."),
            rule("app_not_found", ANY, c -> "the external client app isn't installed in this org: install it, or"
                    + " log in through the org's My Domain URL."),
            rule("invalid_grant", Set.of("authentication failure"), c -> "the login was refused: the user may be"
                    + " frozen or locked out; Setup ▸ Login History shows the reason."));

    private ErrorHints() {}

    /** The hint for {@code error}, without details of the request. */
    public static String hint(OAuth2Error error) {
        return hint(error, Context.NONE);
    }

    /**
     * The hint for {@code error}, naming the values the request used where that helps.
     *
     * @param error the error the server answered
     * @param context what the request used; any part may be {@code null}
     */
    public static String hint(OAuth2Error error, Context context) {
        for (Rule rule : RULES) {
            if (rule.matches(error)) {
                return rule.text().apply(context);
            }
        }
        if (error.code().startsWith("ERROR_HTTP_")) {
            return "the server answered HTTP " + error.httpStatus() + " without an OAuth error: check that "
                    + or(context.tokenEndpoint(), "the URL") + " is the token endpoint (a 404 means a wrong URL).";
        }
        return "no specific hint for this error; the user's Login History (Setup ▸ Login History) often shows the"
                + " detailed reason.";
    }

    private static String expired(Context c) {
        String exp = c.expiresAt() == null ? "exp"
                : "exp (" + c.expiresAt() + " = " + c.expiresAt().getEpochSecond() + ")";
        String offset = "";
        if (c.serverClockOffset() != null && c.serverClockOffset().abs().compareTo(NOTABLE_OFFSET) >= 0) {
            Duration d = c.serverClockOffset();
            offset = " The server's clock is " + d.abs().toSeconds() + " s " + (d.isNegative() ? "behind" : "ahead of")
                    + " this machine's.";
        }
        return exp + " is in the past for the server: check the local clock (NTP) and the time zone used to compute"
                + " exp (seconds since 1970-01-01T00:00:00Z, UTC)." + offset;
    }

    private static String audience(Context c) {
        String used = c.audience() == null ? ""
                : " This assertion used aud=" + c.audience() + " with login URL " + or(c.loginUrl(), "(unknown)") + ".";
        String myDomain = c.audience() != null && c.audience().contains(".my.salesforce.com")
                ? " Some orgs reject a My Domain aud: try https://login.salesforce.com (or https://test.salesforce.com)"
                        + " as the audience while keeping the My Domain login URL."
                : "";
        return swapped(c.audience()) + "aud must be the login URL: https://login.salesforce.com for production,"
                + " https://test.salesforce.com for a sandbox, or this server's base URL." + used + myDomain;
    }

    /** The production/sandbox mix-up, the most common audience mistake, named first. */
    private static String swapped(String audience) {
        String aud = audience == null ? "" : audience.trim().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
        if (aud.equals(LoginUrls.SANDBOX)) {
            return "aud is the sandbox audience (" + LoginUrls.SANDBOX + ") but this server did not accept it: for a"
                    + " production or Developer Edition org use " + LoginUrls.PRODUCTION + ". ";
        }
        if (aud.equals(LoginUrls.PRODUCTION)) {
            return "aud is the production audience (" + LoginUrls.PRODUCTION + ") but this server did not accept it:"
                    + " for a sandbox use " + LoginUrls.SANDBOX + ". ";
        }
        return "";
    }

    private static String notApproved(Context c) {
        String login = or(c.loginUrl(), "https://login.salesforce.com");
        String authorize = login + "/services/oauth2/authorize?response_type=code&client_id="
                + or(c.clientId(), "<consumer key>") + "&redirect_uri=<the app's callback URL>";
        return user(c) + " doesn't exist in the org behind " + login + " (sandbox usernames end in .<sandbox>), or"
                + " the connected app's Permitted Users policy is \"All users may self-authorize\" and the user hasn't"
                + " approved it once: open " + authorize + " as that user, or switch the policy to \"Admin approved"
                + " users are pre-authorized\" and assign the user's profile or a permission set to the app.";
    }

    private static String user(Context c) {
        return c.username() == null ? "the user" : "the user " + c.username();
    }

    private static String or(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    private static Rule rule(String code, Set<String> descriptions, Function<Context, String> text) {
        return new Rule(code, descriptions, text);
    }

    private record Rule(String code, Set<String> descriptions, Function<Context, String> text) {
        boolean matches(OAuth2Error error) {
            return code.equals(error.code()) && (descriptions == null || (error.description() != null
                    && descriptions.contains(error.description().trim().toLowerCase(Locale.ROOT))));
        }
    }

    /**
     * What the failed request used, so a hint can name it. Any component may be {@code null}.
     *
     * @param loginUrl the login URL, without trailing slash
     * @param tokenEndpoint where the assertion was posted
     * @param audience the {@code aud} of the assertion
     * @param clientId the {@code iss} (consumer key)
     * @param username the {@code sub}
     * @param expiresAt the {@code exp} of the assertion
     * @param serverClockOffset the server's {@code Date} minus the local clock, when known
     */
    public record Context(
            String loginUrl, URI tokenEndpoint, String audience, String clientId, String username, Instant expiresAt,
            Duration serverClockOffset) {
        /** No details known. */
        public static final Context NONE = new Context(null, null, null, null, null, null, null);
    }
}
