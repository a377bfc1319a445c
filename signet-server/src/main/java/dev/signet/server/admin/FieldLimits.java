package dev.signet.server.admin;

import java.util.Collection;

/**
 * The longest values the admin accepts, the sizes of their database columns (docs/limits.md), and
 * no control characters in one-line names: a value beyond a limit is a 400 naming the field, never
 * a database error.
 */
final class FieldLimits {
    /** Names, usernames, emails, profiles and permission sets ({@code varchar(255)}). */
    static final int NAME = 255;
    /** Space-separated scopes of an app or an approval ({@code varchar(1000)}). */
    static final int SCOPES = 1000;

    private FieldLimits() {}

    /** A one-line name: at most {@link #NAME} characters, none of them a control character. */
    static String name(String value, String field) {
        if (value == null) {
            return null;
        }
        if (value.length() > NAME) {
            throw AdminException.badRequest(field + " has more than " + NAME + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw AdminException.badRequest(field + " must not contain control characters");
        }
        return value;
    }

    static NewUser check(NewUser user) {
        name(user.username(), "username");
        name(user.email(), "email");
        name(user.firstName(), "firstName");
        name(user.lastName(), "lastName");
        name(user.profile(), "profile");
        names(user.permissionSets(), "permissionSets");
        return user;
    }

    static NewApp check(NewApp app) {
        name(app.name(), "name");
        names(app.profiles(), "profiles");
        names(app.permissionSets(), "permissionSets");
        return app;
    }

    static <C extends Collection<String>> C names(C values, String field) {
        if (values != null) {
            values.forEach(value -> name(value, field));
        }
        return values;
    }

    static void scopes(Collection<String> scopes, String field) {
        if (String.join(" ", scopes).length() > SCOPES) {
            throw AdminException.badRequest(field + " are longer than " + SCOPES + " characters in total");
        }
    }
}
