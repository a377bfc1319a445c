package dev.signet.server.web;

import java.util.List;

/** The OAuth scopes App Manager offers, with Salesforce's labels. */
public final class OAuthScopes {
    /** One selectable scope. */
    public record Scope(String name, String label) {}

    public static final List<Scope> ALL = List.of(
            new Scope("api", "Manage user data via APIs (api)"),
            new Scope("web", "Manage user data via Web browsers (web)"),
            new Scope("full", "Full access (full)"),
            new Scope("id", "Access the identity URL service (id, profile, email, address, phone)"),
            new Scope("openid", "Access unique user identifiers (openid)"),
            new Scope("refresh_token", "Perform requests at any time (refresh_token, offline_access)"),
            new Scope("custom_permissions", "Access custom permissions (custom_permissions)"),
            new Scope("chatter_api", "Access Connect REST API resources (chatter_api)"));

    private OAuthScopes() {}

    /** The label of a scope, or the scope itself when it is not in the list. */
    public static String label(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).map(Scope::label).findFirst().orElse(name);
    }
}
