package dev.signet.cli;

import dev.signet.core.admin.AppView;
import dev.signet.core.admin.ApprovalView;
import dev.signet.core.admin.ConsoleAdminView;
import dev.signet.core.admin.IpRangeView;
import dev.signet.core.admin.LoginEventView;
import dev.signet.core.admin.ObjectView;
import dev.signet.core.admin.SigningKeyView;
import dev.signet.core.admin.UserView;
import java.util.Locale;
import java.util.stream.Collectors;

/** The columns of every admin list command, in one place so the tables read alike. */
final class AdminTables {
    private AdminTables() {}

    static final AdminTable<AppView> APPS = new AdminTable<AppView>()
            .column("NAME", AppView::name)
            .column("PERMITTED USERS", AppView::permittedUsers)
            .column("CONSUMER KEY", AppView::consumerKey)
            .column("STATE", a -> a.enabled() ? "enabled" : "disabled");

    static final AdminTable<UserView> USERS = new AdminTable<UserView>()
            .column("USERNAME", UserView::username)
            .column("ID", UserView::id)
            .column("PROFILE", UserView::profile)
            .column("STATE", u -> u.active() ? "active" : "inactive");

    static final AdminTable<ApprovalView> APPROVALS = new AdminTable<ApprovalView>()
            .column("APP", ApprovalView::app)
            .column("USER", ApprovalView::username)
            .column("APPROVED", ApprovalView::approvedAt)
            .column("SCOPES", a -> String.join(" ", a.scopes()));

    static final AdminTable<LoginEventView> LOGIN_HISTORY = new AdminTable<LoginEventView>()
            .column("TIME", LoginEventView::time)
            .column("USER", LoginEventView::username)
            .column("APP", LoginEventView::application)
            .column("SOURCE IP", LoginEventView::sourceIp)
            .column("STATUS", LoginEventView::status)
            .column("REASON", LoginEventView::reason);

    static final AdminTable<SigningKeyView> SIGNING_KEYS = new AdminTable<SigningKeyView>()
            .column("KID", SigningKeyView::kid)
            .column("STATUS", SigningKeyView::status)
            .column("CREATED", SigningKeyView::createdAt);

    static final AdminTable<IpRangeView> IP_RANGES = new AdminTable<IpRangeView>()
            .column("PROFILE", IpRangeView::profile)
            .column("START", IpRangeView::start)
            .column("END", IpRangeView::end)
            .column("DESCRIPTION", IpRangeView::description);

    static final AdminTable<ConsoleAdminView> CONSOLE_ADMINS = new AdminTable<ConsoleAdminView>()
            .column("USERNAME", ConsoleAdminView::username)
            .column("CREATED", ConsoleAdminView::createdAt)
            .column("LAST LOGIN", a -> a.lastLoginAt() == null ? "never" : a.lastLoginAt());

    static final AdminTable<ObjectView> OBJECTS = new AdminTable<ObjectView>()
            .column("NAME", ObjectView::name)
            .column("PREFIX", ObjectView::keyPrefix)
            .column("KIND", o -> o.custom() ? "custom" : o.writable() ? "standard" : "read-only")
            .column("CUSTOM FIELDS", AdminTables::customFields);

    // "Amount__c (currency), Account__c (reference to Account)", or "-" when none.
    static String customFields(ObjectView object) {
        String fields = object.fields().stream().filter(ObjectView.Field::custom).map(f -> f.name() + " ("
                        + f.type().toLowerCase(Locale.ROOT)
                        + (f.referenceTo() != null ? " to " + f.referenceTo() : "")
                        + (f.required() ? ", required" : "") + ")")
                .collect(Collectors.joining(", "));
        return fields.isEmpty() ? "-" : fields;
    }
}
