package dev.signet.client;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Login URLs of the Salesforce authorization servers, for {@link JwtBearerClient.Builder#loginUrl}.
 * The login URL is also the default {@code aud} of the assertion.
 *
 * <p>Related specifications: Salesforce "OAuth Endpoints" (host forms); Salesforce "OAuth 2.0 JWT
 * Bearer Flow" ({@code aud} values).
 */
public final class LoginUrls {
    /** Production and Developer Edition orgs. */
    public static final String PRODUCTION = "https://login.salesforce.com";
    /** Sandboxes. */
    public static final String SANDBOX = "https://test.salesforce.com";

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");

    private LoginUrls() {}

    /**
     * The My Domain login URL of a production org: {@code myDomain("acme")} is
     * {@code https://acme.my.salesforce.com}.
     *
     * @param name the My Domain name only, not a URL
     * @throws IllegalArgumentException when {@code name} is not a plain domain label
     */
    public static String myDomain(String name) {
        return "https://" + label(name, "name") + ".my.salesforce.com";
    }

    /**
     * The My Domain login URL of a sandbox: {@code sandboxMyDomain("acme", "dev")} is
     * {@code https://acme--dev.sandbox.my.salesforce.com}.
     *
     * @param name the My Domain name of the production org
     * @param sandbox the sandbox name
     * @throws IllegalArgumentException when a name is not a plain domain label
     */
    public static String sandboxMyDomain(String name, String sandbox) {
        return "https://" + label(name, "name") + "--" + label(sandbox, "sandbox") + ".sandbox.my.salesforce.com";
    }

    private static String label(String value, String what) {
        Objects.requireNonNull(value, what + " must not be null");
        if (!LABEL.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a plain My Domain name such as \"acme\" (letters, digits,"
                    + " hyphens), not a URL: \"" + value + "\"");
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
