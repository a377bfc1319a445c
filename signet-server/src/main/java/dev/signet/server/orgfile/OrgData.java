package dev.signet.server.orgfile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.AdminService;
import dev.signet.server.data.CustomObjectSpec;
import dev.signet.server.data.CustomObjects;
import dev.signet.server.data.DataException;
import dev.signet.server.data.ObjectCatalog;
import dev.signet.server.data.RecordService;
import dev.signet.server.data.RecordStore;
import dev.signet.server.data.SObjectDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Custom objects (created when missing; an existing one is left as it is) and seed records
 * (inserted once: a record of the type whose key field has the declared value counts as the one
 * declared), owned by the file's first user.
 */
public final class OrgData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectCatalog catalog;
    private final RecordStore store;
    private final RecordService records;
    private final AdminService admin;

    public OrgData(ObjectCatalog catalog, RecordStore store, RecordService records, AdminService admin) {
        this.catalog = catalog;
        this.store = store;
        this.records = records;
        this.admin = admin;
    }

    List<OrgChange> sync(OrgSpec spec, boolean apply) {
        List<OrgChange> changes = new ArrayList<>();
        for (OrgSpec.CustomObject o : spec.objects()) {
            boolean present = catalog.find(o.name()).isPresent();
            changes.add(OrgChange.of(present ? OrgChange.Action.UNCHANGED : OrgChange.Action.CREATE, "object", o.name(),
                    null));
            if (!present && apply) {
                try {
                    catalog.define(new CustomObjectSpec(o.name(), o.label(), null, o.fields().stream()
                            .map(f -> new CustomObjectSpec.Field(f.name(), f.label(), f.type(), f.referenceTo(),
                                    f.required())).toList()));
                } catch (CustomObjects.InvalidDefinition e) {
                    throw AdminException.badRequest("object " + o.name() + ": " + e.getMessage());
                }
            }
        }
        for (OrgSpec.Record r : spec.records()) {
            Object key = r.fields().get(r.key());
            String name = r.type() + " " + r.key() + "=" + key;
            boolean present = exists(spec, r, key);
            changes.add(OrgChange.of(present ? OrgChange.Action.UNCHANGED : OrgChange.Action.CREATE, "record", name,
                    null));
            if (!present && apply) {
                ObjectNode body = JSON.valueToTree(r.fields());
                try {
                    records.create(r.type(), body, owner(spec));
                } catch (DataException e) {
                    throw AdminException.badRequest("record " + name + ": " + e.getMessage());
                }
            }
        }
        return changes;
    }

    // A record's type may be one the same file creates: in a plan it does not exist yet, so neither does the record.
    private boolean exists(OrgSpec spec, OrgSpec.Record r, Object key) {
        Optional<SObjectDef> type = catalog.find(r.type());
        if (type.isEmpty()) {
            if (spec.objects().stream().noneMatch(o -> o.name().equalsIgnoreCase(r.type()))) {
                throw AdminException.badRequest("a record of '" + r.type() + "', an object that neither exists nor "
                        + "is declared under objects");
            }
            return false;
        }
        return store.findAll(type.get(), false).stream()
                .anyMatch(existing -> Objects.equals(String.valueOf(existing.values().get(r.key())), String.valueOf(key)));
    }

    private String owner(OrgSpec spec) {
        if (spec.users().isEmpty()) {
            throw AdminException.badRequest("records need an owner: declare at least one user (the first owns them)");
        }
        return admin.user(spec.users().get(0).username()).id();
    }
}
