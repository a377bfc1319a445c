package dev.signet.server.data;

import dev.signet.server.model.Org;
import dev.signet.server.storage.UserRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Where each type's records come from: the record table, the users, or the org. */
public final class RecordSources {
    private final RecordStore store;
    private final UserRepository users;
    private final Supplier<Org> org;

    public RecordSources(RecordStore store, UserRepository users, Supplier<Org> org) {
        this.store = store;
        this.users = users;
        this.org = org;
    }

    /** All records of the type, oldest first; deleted ones only when asked (queryAll). */
    public List<DataRecord> all(SObjectDef type, boolean includeDeleted) {
        return switch (type.storage()) {
            case RECORDS -> store.findAll(type, includeDeleted);
            case USERS -> users.findAll().stream()
                    .sorted(java.util.Comparator.comparing(dev.signet.server.model.User::createdAt))
                    .map(VirtualRecords::user).toList();
            case ORGANIZATION -> List.of(VirtualRecords.organization(org.get()));
        };
    }

    /** The record with this 18-character ID, deleted or not. */
    public Optional<DataRecord> find(SObjectDef type, String id18) {
        return switch (type.storage()) {
            case RECORDS -> store.find(type, id18);
            case USERS -> users.findById(id18).map(VirtualRecords::user);
            case ORGANIZATION -> Optional.of(org.get()).filter(o -> o.id().equals(id18))
                    .map(VirtualRecords::organization);
        };
    }

    public RecordStore store() {
        return store;
    }
}
