package dev.signet.server.admin;

import java.util.Collection;
import java.util.List;

/**
 * The longest value of every admin field that is stored in a column, named as the admin API
 * spells it; the lengths are the columns' ({@code db/migration/*.sql}). Checked before anything
 * is written, so a value that would not fit is a 400 naming the field, never a database error.
 */
public enum AdminFields {
    NAME("name", 255),
    SCOPES("scopes", 1000), // space-separated in one column
    PROFILE("profile", 255),
    PROFILES("profiles", 255), // each
    PERMISSION_SET("permissionSet", 255),
    PERMISSION_SETS("permissionSets", 255), // each
    API_NAME("apiName", 80),
    CONTACT_EMAIL("contactEmail", 255),
    DESCRIPTION("description", 1000),
    CALLBACK_URLS("callbackUrls", 4000), // newline-separated in one column
    USERNAME("username", 255),
    EMAIL("email", 255),
    FIRST_NAME("firstName", 255),
    LAST_NAME("lastName", 255),
    CERTIFICATE("certificate", 16000), // as PEM
    CERTIFICATE_SUBJECT("certificate subject", 1000),
    IP_RANGE_DESCRIPTION("description", 255),
    LABEL("label", 255),
    LABEL_PLURAL("labelPlural", 255),
    FIELD_LABEL("fields[].label", 255);

    private final String field;
    private final int maxLength;

    AdminFields(String field, int maxLength) {
        this.field = field;
        this.maxLength = maxLength;
    }

    public String field() {
        return field;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The value (null stays null), or a 400 naming the field when it is longer than its column. */
    public String check(String value) {
        if (value != null && value.length() > maxLength) {
            throw AdminException.badRequest(field + " is too long: at most " + maxLength + " characters (it has "
                    + value.length() + ")");
        }
        return value;
    }

    /** Each value of a list stored one per row. */
    public void checkEach(Collection<String> values) {
        if (values != null) {
            values.forEach(this::check);
        }
    }

    /** A list stored in one column, joined by {@code separator}. */
    public void checkJoined(List<String> values, String separator) {
        if (values != null && String.join(separator, values).length() > maxLength) {
            throw AdminException.badRequest(field + " are too long: at most " + maxLength + " characters together");
        }
    }

    /** Every stored field of a new app (its settings are checked by {@link AppSettingsRules}). */
    static void check(NewApp app) {
        NAME.check(app.name());
        SCOPES.checkJoined(app.scopes(), " ");
        PROFILES.checkEach(app.profiles());
        PERMISSION_SETS.checkEach(app.permissionSets());
    }

    /** Every stored field of a new user. */
    static void check(NewUser user) {
        USERNAME.check(user.username());
        EMAIL.check(user.email());
        FIRST_NAME.check(user.firstName());
        LAST_NAME.check(user.lastName());
        PROFILE.check(user.profile());
        PERMISSION_SETS.checkEach(user.permissionSets());
    }

    /** Every stored field of a user edit. */
    static void check(UserEdit edit) {
        EMAIL.check(edit.email());
        FIRST_NAME.check(edit.firstName());
        LAST_NAME.check(edit.lastName());
        PROFILE.check(edit.profile());
        PERMISSION_SETS.checkEach(edit.permissionSets());
    }
}
