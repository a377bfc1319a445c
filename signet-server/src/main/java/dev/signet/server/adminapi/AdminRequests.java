package dev.signet.server.adminapi;

import dev.signet.core.admin.AppPoliciesRequest;
import dev.signet.core.admin.AppSettingsRequest;
import dev.signet.core.admin.NewAppRequest;
import dev.signet.core.admin.NewObjectRequest;
import dev.signet.core.admin.NewUserRequest;
import dev.signet.core.admin.UserEditRequest;
import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.AdminFields;
import dev.signet.server.admin.AppEdit;
import dev.signet.server.admin.AppPolicies;
import dev.signet.server.admin.NewApp;
import dev.signet.server.admin.NewUser;
import dev.signet.server.admin.UserEdit;
import dev.signet.server.data.CustomObjectSpec;
import dev.signet.server.model.AppSettings;
import dev.signet.server.model.IpRelaxation;
import dev.signet.server.model.PermittedUsers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The shared request records turned into what the admin services take. */
final class AdminRequests {
    private AdminRequests() {}

    static NewApp newApp(NewAppRequest r) {
        return NewApp.builder().name(r.name()).certificate(r.certificateRequest().bytes()).scopes(r.scopes())
                .selfAuthorize(r.selfAuthorize()).profiles(set(r.profiles())).permissionSets(set(r.permissionSets()))
                .sessionTimeoutMinutes(r.sessionTimeoutMinutes()).strictAssertions(r.strictAssertions())
                .jwtAccessTokens(r.jwtAccessTokens()).introspectAllTokens(r.introspectAllTokens())
                .settings(new AppSettings(r.apiName(), r.contactEmail(), r.description(), r.callbackUrls(),
                        enumValue(r.ipRelaxation(), "ipRelaxation", IpRelaxation.class, IpRelaxation.ENFORCE)))
                .build();
    }

    static NewUser newUser(NewUserRequest r) {
        return new NewUser(r.username(), r.email(), r.firstName(), r.lastName(), r.profile(), set(r.permissionSets()));
    }

    static AppEdit edit(AppSettingsRequest r) {
        return new AppEdit(r.apiName(), r.contactEmail(), r.description(), r.callbackUrls(), r.scopes(),
                r.jwtAccessTokens(), r.enabled());
    }

    static AppPolicies policies(AppPoliciesRequest r) {
        return new AppPolicies(enumValue(r.permittedUsers(), "permittedUsers", PermittedUsers.class, null),
                enumValue(r.ipRelaxation(), "ipRelaxation", IpRelaxation.class, null), r.sessionTimeoutMinutes(),
                r.strictAssertions());
    }

    static UserEdit userEdit(UserEditRequest r) {
        return new UserEdit(r.email(), r.firstName(), r.lastName(), r.profile(),
                r.permissionSets() == null ? null : set(r.permissionSets()));
    }

    static CustomObjectSpec customObject(NewObjectRequest r) {
        return new CustomObjectSpec(r.name(), AdminFields.LABEL.check(r.label()),
                AdminFields.LABEL_PLURAL.check(r.labelPlural()), r.fields().stream()
                .map(f -> new CustomObjectSpec.Field(f.name(), AdminFields.FIELD_LABEL.check(f.label()), f.type(),
                        f.referenceTo(), f.required()))
                .toList());
    }

    // Enum names as people type them: "self-authorize" is SELF_AUTHORIZE; null is "absent".
    private static <E extends Enum<E>> E enumValue(String value, String field, Class<E> type, E absent) {
        if (value == null) {
            return absent;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest(field + " must be one of " + List.of(type.getEnumConstants()));
        }
    }

    private static Set<String> set(List<String> values) {
        return new LinkedHashSet<>(values);
    }
}
