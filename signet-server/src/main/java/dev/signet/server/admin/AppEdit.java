package dev.signet.server.admin;

import java.util.List;

/**
 * Changes to an app's details (App Manager ▸ Edit); null fields stay as they are.
 *
 * @param enabled "Enable OAuth Settings": Signet's apps are OAuth apps, so this is the app's
 *     enabled switch
 */
public record AppEdit(
        String apiName, String contactEmail, String description, List<String> callbackUrls, List<String> scopes,
        Boolean jwtAccessTokens, Boolean enabled) {}
