package dev.signet.server.data;

import dev.signet.server.storage.Directory;
import java.util.List;
import java.util.Optional;

/** Where each type's records come from: the record table, the users, or the org. */
public record RecordSources(RecordStore store, Directory directory) {
    /** All records of the type, oldest first; deleted ones only when asked (queryAll). */
    public List<DataRecord> all(SObjectDef type, boolean includeDeleted) {
        return switch (type.storage()) {
            case RECORDS -> store.findAll(type, includeDeleted);
            case USERS -> directory.users().findAll().stream()
                    .sorted(java.util.Comparator.comparing(dev.signet.server.model.User::createdAt))
                    .map(VirtualRecords::user).toList();
            case ORGANIZATION -> List.of(VirtualRecords.organization(directory.org()));
        };
    }

    /** The record with this 18-character ID, deleted or not. */
    public Optional<DataRecord> find(SObjectDef type, String id18) {
        return switch (type.storage()) {
            case RECORDS -> store.find(type, id18);
            case USERS -> directory.users().findById(id18).map(VirtualRecords::user);
            case ORGANIZATION -> Optional.of(directory.org()).filter(o -> o.id().equals(id18))
                    .map(VirtualRecords::organization);
        };
    }

    public RecordStore store() {
        return store;
    }
}
