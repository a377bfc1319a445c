package dev.signet.server.adminapi;

import dev.signet.core.admin.AppView;
import dev.signet.core.admin.ApprovalView;
import dev.signet.core.admin.ConsoleAdminView;
import dev.signet.core.admin.IpRangeView;
import dev.signet.core.admin.LockoutView;
import dev.signet.core.admin.LoginEventView;
import dev.signet.core.admin.ObjectView;
import dev.signet.core.admin.OrgView;
import dev.signet.core.admin.SigningKeyView;
import dev.signet.core.admin.UserView;
import dev.signet.server.data.FieldDef;
import dev.signet.server.data.SObjectDef;
import dev.signet.server.model.AppApproval;
import dev.signet.server.model.AppCertificate;
import dev.signet.server.model.AppSettings;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.ConsoleAdmin;
import dev.signet.server.model.LoginEvent;
import dev.signet.server.model.LoginIpRange;
import dev.signet.server.model.Org;
import dev.signet.server.model.SigningKey;
import dev.signet.server.model.User;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/** The admin API's answers made from the domain records: the shared views of {@code dev.signet.core.admin}. */
final class AdminViews {
    private AdminViews() {}

    static OrgView org(Org org) {
        return new OrgView(org.id(), org.name(), org.status().name(), text(org.createdAt()));
    }

    static AppView app(ConnectedApp app) {
        AppSettings s = app.settings();
        return new AppView(app.id(), app.name(), app.consumerKey(), app.scopes(), app.permittedUsers().name(),
                sorted(app.profiles()), sorted(app.permissionSets()), app.sessionTimeoutMinutes(),
                app.strictAssertions(), app.jwtAccessTokens(), app.introspectAllTokens(), s.apiName(),
                s.contactEmail(), s.description(), s.callbackUrls(), s.ipRelaxation().name(), app.enabled(),
                map(app.certificates(), AdminViews::certificate), text(app.createdAt()));
    }

    static UserView user(User u) {
        return new UserView(u.id(), u.username(), u.email(), u.firstName(), u.lastName(), u.profile(),
                sorted(u.permissionSets()), u.active(), u.frozen(), text(u.createdAt()));
    }

    static LoginEventView loginEvent(LoginEvent e) {
        return new LoginEventView(e.id(), text(e.time()), e.userId(), e.username(), e.appId(), e.appName(),
                e.sourceIp(), e.loginType(), e.status(), e.reason(), e.loginUrl(), e.userAgent(), e.loginSubType());
    }

    static SigningKeyView signingKey(SigningKey k) {
        return new SigningKeyView(k.kid(), "RS256", k.status().name(), text(k.createdAt()), text(k.rotatedAt()),
                text(k.retiredAt()));
    }

    static IpRangeView ipRange(LoginIpRange r) {
        return new IpRangeView(r.profile(), r.start(), r.end(), r.description(), text(r.createdAt()));
    }

    static ConsoleAdminView consoleAdmin(ConsoleAdmin a) {
        return new ConsoleAdminView(a.id(), a.username(), text(a.createdAt()), text(a.lastLoginAt()));
    }

    static LockoutView lockout(String username, Optional<Instant> lockedUntil) {
        return new LockoutView(username, lockedUntil.isPresent(), lockedUntil.map(Instant::toString).orElse(null));
    }

    static ApprovalView approval(AppApproval a) {
        return new ApprovalView(a.appName(), a.consumerKey(), a.username(), text(a.approvedAt()), a.scopes());
    }

    static ObjectView object(SObjectDef t) {
        return new ObjectView(t.name(), t.label(), t.labelPlural(), t.keyPrefix(), t.custom(), t.writable(),
                map(t.fields(), AdminViews::field));
    }

    static <T, V> List<V> map(Collection<T> items, Function<T, V> view) {
        return items.stream().map(view).toList();
    }

    private static AppView.Certificate certificate(AppCertificate c) {
        return new AppView.Certificate(c.id(), c.subject(), text(c.notBefore()), text(c.notAfter()), c.active());
    }

    private static ObjectView.Field field(FieldDef f) {
        boolean reference = !f.referenceTo().isEmpty();
        return new ObjectView.Field(f.name(), f.label(), f.type().describeName(), f.required(), f.custom(),
                reference ? f.referenceTo().get(0) : null, reference ? f.relationshipName() : null);
    }

    // Sets are shown sorted, so the same app always reads the same.
    private static List<String> sorted(Collection<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
