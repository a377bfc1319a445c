package dev.signet.server.data;

import static dev.signet.server.data.FieldType.BOOLEAN;
import static dev.signet.server.data.FieldType.DATETIME;
import static dev.signet.server.data.FieldType.ID;
import static dev.signet.server.data.FieldType.REFERENCE;

import java.util.ArrayList;
import java.util.List;

/** The fields every stored record has, maintained by the server (owner excepted). */
public final class SystemFields {
    public static final String ID_FIELD = "Id";
    public static final String IS_DELETED = "IsDeleted";
    public static final String OWNER_ID = "OwnerId";
    public static final String CREATED_DATE = "CreatedDate";
    public static final String CREATED_BY_ID = "CreatedById";
    public static final String LAST_MODIFIED_DATE = "LastModifiedDate";
    public static final String LAST_MODIFIED_BY_ID = "LastModifiedById";
    public static final String SYSTEM_MODSTAMP = "SystemModstamp";

    private SystemFields() {}

    /** Id, IsDeleted, OwnerId, then {@code middle}, then the audit fields: describe's usual order. */
    static List<FieldDef> around(String objectLabel, List<FieldDef> middle) {
        List<FieldDef> fields = new ArrayList<>();
        fields.add(FieldDef.builder(ID_FIELD, ID).label(objectLabel + " ID").readOnly().nillable(false)
                .defaultedOnCreate().build());
        fields.add(FieldDef.builder(IS_DELETED, BOOLEAN).label("Deleted").readOnly().build());
        fields.add(FieldDef.builder(OWNER_ID, REFERENCE).label("Owner ID").reference("User", "Owner").nillable(false)
                .defaultedOnCreate().build());
        fields.addAll(middle);
        fields.add(audit(CREATED_DATE, DATETIME, "Created Date", null));
        fields.add(audit(CREATED_BY_ID, REFERENCE, "Created By ID", "CreatedBy"));
        fields.add(audit(LAST_MODIFIED_DATE, DATETIME, "Last Modified Date", null));
        fields.add(audit(LAST_MODIFIED_BY_ID, REFERENCE, "Last Modified By ID", "LastModifiedBy"));
        fields.add(audit(SYSTEM_MODSTAMP, DATETIME, "System Modstamp", null));
        return fields;
    }

    /** Audit fields alone, for the read-only User and Organization objects. */
    static List<FieldDef> audit() {
        return List.of(audit(CREATED_DATE, DATETIME, "Created Date", null),
                audit(LAST_MODIFIED_DATE, DATETIME, "Last Modified Date", null),
                audit(SYSTEM_MODSTAMP, DATETIME, "System Modstamp", null));
    }

    private static FieldDef audit(String name, FieldType type, String label, String relationship) {
        FieldDef.Builder b = FieldDef.builder(name, type).label(label).readOnly().nillable(false).defaultedOnCreate();
        if (relationship != null) {
            b.reference("User", relationship);
        }
        return b.build();
    }
}
