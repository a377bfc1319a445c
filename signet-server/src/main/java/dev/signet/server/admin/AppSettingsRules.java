package dev.signet.server.admin;

import dev.signet.server.model.AppSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates what an admin enters for an app; every refusal is an {@link AdminException} (400). */
public final class AppSettingsRules {
    private static final Pattern API_NAME = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|_(?!_))*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SCOPE = Pattern.compile("[a-z_]+");
    private static final Set<String> FORBIDDEN_SCHEMES = Set.of("javascript", "data", "vbscript", "file");

    private AppSettingsRules() {}

    /** The settings, trimmed, or a refusal saying what is wrong. */
    public static AppSettings check(AppSettings s) {
        String apiName = trimToNull(s.apiName());
        int maxApiName = AdminFields.API_NAME.maxLength();
        if (apiName != null && (apiName.length() > maxApiName || apiName.endsWith("_")
                || !API_NAME.matcher(apiName).matches())) {
            throw AdminException.badRequest("API name '" + apiName + "' must start with a letter and contain only "
                    + "letters, digits and single underscores, at most " + maxApiName + " characters, not ending with '_'");
        }
        String email = trimToNull(s.contactEmail());
        if (email != null && !EMAIL.matcher(AdminFields.CONTACT_EMAIL.check(email)).matches()) {
            throw AdminException.badRequest("contact email '" + email + "' is not an email address");
        }
        String description = trimToNull(s.description());
        AdminFields.DESCRIPTION.check(description);
        return new AppSettings(apiName, email, description, callbackUrls(s.callbackUrls()), s.ipRelaxation());
    }

    /** OAuth scopes are lower-case words such as {@code api}, {@code refresh_token}. */
    public static List<String> scopes(List<String> scopes) {
        if (scopes.isEmpty()) {
            throw AdminException.badRequest("select at least one OAuth scope");
        }
        scopes.forEach(scope -> {
            if (!SCOPE.matcher(scope).matches()) {
                throw AdminException.badRequest("invalid scope '" + scope + "': scopes are words such as api, id, web");
            }
        });
        return List.copyOf(scopes);
    }

    /** Access-token lifetime: 1 minute to 24 hours. */
    public static int sessionTimeout(int minutes) {
        if (minutes < 1 || minutes > 24 * 60) {
            throw AdminException.badRequest("sessionTimeoutMinutes must be between 1 and 1440");
        }
        return minutes;
    }

    // Absolute URIs without a fragment (RFC 6749 §3.1.2); custom schemes (myapp://cb) are allowed
    // for native apps, script-capable ones are not.
    private static List<String> callbackUrls(List<String> urls) {
        List<String> checked = new ArrayList<>();
        for (String raw : urls) {
            String url = raw.trim();
            if (url.isEmpty() || checked.contains(url)) {
                continue;
            }
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw AdminException.badRequest("callback URL '" + url + "' is not a valid URL");
            }
            if (!uri.isAbsolute() || uri.getFragment() != null
                    || FORBIDDEN_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                throw AdminException.badRequest("callback URL '" + url
                        + "' must be an absolute URL without a fragment, e.g. https://app.example/oauth/callback");
            }
            checked.add(url);
        }
        AdminFields.CALLBACK_URLS.checkJoined(checked, "\n");
        return checked;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
