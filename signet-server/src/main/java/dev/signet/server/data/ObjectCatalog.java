package dev.signet.server.data;

import dev.signet.server.storage.StorageException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every sObject type the server knows: the standard ones (in code) and the custom ones (in the
 * database, read on each lookup so that servers sharing a database agree). Lookups are
 * case-insensitive. The Tooling API sees only {@link #TOOLING_OBJECTS}.
 */
public final class ObjectCatalog {
    /** Objects the Tooling API query answers for; any other is INVALID_TYPE there. */
    public static final Set<String> TOOLING_OBJECTS = Set.of("user");
    private static final Map<String, SObjectDef> STANDARD = StandardObjects.all().stream()
            .collect(Collectors.toMap(t -> t.name().toLowerCase(Locale.ROOT), t -> t));
    private static final int DEFINE_ATTEMPTS = 3;

    private final CustomObjectStore store;
    private final Clock clock;

    public ObjectCatalog(CustomObjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Optional<SObjectDef> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        SObjectDef standard = STANDARD.get(name.toLowerCase(Locale.ROOT));
        if (standard != null) {
            return Optional.of(standard);
        }
        return name.toLowerCase(Locale.ROOT).endsWith("__c") ? store.find(name).map(this::toDef) : Optional.empty();
    }

    /** The type, or 400 INVALID_TYPE. */
    public SObjectDef require(String name) {
        return find(name).orElseThrow(() -> DataException.invalidType(name));
    }

    /** The lookup the Tooling API uses. */
    public Function<String, Optional<SObjectDef>> tooling() {
        return name -> name != null && TOOLING_OBJECTS.contains(name.toLowerCase(Locale.ROOT)) ? find(name)
                : Optional.empty();
    }

    /** Standard objects, then custom ones by name. */
    public List<SObjectDef> all() {
        List<SObjectDef> all = new ArrayList<>(StandardObjects.all());
        store.findAll().stream().map(this::toDef).forEach(all::add);
        return all;
    }

    /** Validates and stores a custom object with the next free key prefix. */
    public SObjectDef define(CustomObjectSpec spec) {
        CustomObjects.validate(spec, this::find);
        for (int attempt = 1; ; attempt++) {
            if (find(spec.name()).isPresent()) {
                throw new CustomObjects.InvalidDefinition("object " + spec.name() + " already exists", true);
            }
            SObjectDef def = CustomObjects.toDef(spec, nextKeyPrefix(), this::find);
            try {
                store.insert(new CustomObjectStore.Stored(canonical(spec, def), def.keyPrefix()), clock.instant());
                return def;
            } catch (StorageException e) {
                if (attempt == DEFINE_ATTEMPTS) {
                    throw e;
                }
                // Another definition took the name or the prefix at the same moment: look again.
            }
        }
    }

    private String nextKeyPrefix() {
        Set<Integer> used = new HashSet<>();
        store.keyPrefixes().forEach(p -> used.add(CustomObjects.keyPrefixIndex(p)));
        int index = 0;
        while (used.contains(index)) {
            index++;
        }
        return CustomObjects.keyPrefix(index);
    }

    // The spec as stored: labels resolved and reference targets in their canonical casing.
    private static CustomObjectSpec canonical(CustomObjectSpec spec, SObjectDef def) {
        List<CustomObjectSpec.Field> fields = spec.fields().stream().map(f -> {
            FieldDef d = def.field(f.name()).orElseThrow();
            return new CustomObjectSpec.Field(d.name(), d.label(), d.type().describeName(),
                    d.referenceTo().isEmpty() ? null : d.referenceTo().get(0), d.required());
        }).toList();
        return new CustomObjectSpec(def.name(), def.label(), def.labelPlural(), fields);
    }

    private SObjectDef toDef(CustomObjectStore.Stored stored) {
        return CustomObjects.toDef(stored.spec(), stored.keyPrefix(), name -> Optional.ofNullable(
                STANDARD.get(name.toLowerCase(Locale.ROOT))));
    }
}
