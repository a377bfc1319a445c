package dev.signet.server.data;

import dev.signet.server.data.SObjectDef.Storage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a {@link CustomObjectSpec} into an {@link SObjectDef}: checks names the way Setup does
 * (letters, digits and single underscores, ending in {@code __c}, at most 40 characters before the
 * suffix), resolves field types, and adds the standard fields every custom object has (Id, Name,
 * OwnerId, audit fields). Key prefixes run {@code a00}, {@code a01}, … {@code azz}.
 */
public final class CustomObjects {
    private static final Pattern API_NAME = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|_(?!_))*(?<!_)__c");
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int MAX_NAME = 40;
    private static final int MAX_LABEL = 80;

    private CustomObjects() {}

    /** Checks the spec; {@code lookup} resolves referenced objects. Throws {@link InvalidDefinition}. */
    public static void validate(CustomObjectSpec spec, Function<String, Optional<SObjectDef>> lookup) {
        checkName(spec.name(), "object");
        checkLabel(spec.label(), "label");
        checkLabel(spec.labelPlural(), "labelPlural");
        Set<String> names = new HashSet<>();
        for (CustomObjectSpec.Field f : spec.fields()) {
            checkName(f.name(), "field");
            checkLabel(f.label(), "field " + f.name() + ": label");
            if (!names.add(f.name().toLowerCase(Locale.ROOT))) {
                throw new InvalidDefinition("field " + f.name() + " is defined twice");
            }
            FieldType type = type(f);
            if (type == FieldType.REFERENCE && (f.referenceTo() == null || lookup.apply(f.referenceTo()).isEmpty()
                    && !f.referenceTo().equalsIgnoreCase(spec.name()))) {
                throw new InvalidDefinition("field " + f.name() + ": a reference field needs referenceTo naming an "
                        + "existing object (got " + f.referenceTo() + ")");
            }
        }
    }

    /** The definition with its key prefix; referenced names are canonicalised through {@code lookup}. */
    public static SObjectDef toDef(CustomObjectSpec spec, String keyPrefix,
            Function<String, Optional<SObjectDef>> lookup) {
        String label = blankToNull(spec.label()) == null ? Labels.fromApiName(spec.name()) : spec.label();
        String plural = blankToNull(spec.labelPlural()) == null ? label + "s" : spec.labelPlural();
        List<FieldDef> fields = new ArrayList<>();
        fields.add(FieldDef.builder("Name", FieldType.STRING).label(label + " Name").length(80).nameField()
                .nillable(false).defaultedOnCreate().build());
        for (CustomObjectSpec.Field f : spec.fields()) {
            fields.add(field(f, spec, lookup));
        }
        return new SObjectDef(spec.name(), label, plural, keyPrefix, true, Storage.RECORDS,
                SystemFields.around(label, fields), null);
    }

    /** The {@code index}-th custom key prefix: a00, a01, …, a0z, a10, … */
    public static String keyPrefix(int index) {
        if (index < 0 || index >= BASE62.length() * BASE62.length()) {
            throw new InvalidDefinition("no custom key prefixes left");
        }
        return "a" + BASE62.charAt(index / BASE62.length()) + BASE62.charAt(index % BASE62.length());
    }

    public static int keyPrefixIndex(String prefix) {
        return BASE62.indexOf(prefix.charAt(1)) * BASE62.length() + BASE62.indexOf(prefix.charAt(2));
    }

    private static FieldDef field(CustomObjectSpec.Field f, CustomObjectSpec spec,
            Function<String, Optional<SObjectDef>> lookup) {
        FieldType type = type(f);
        FieldDef.Builder b = FieldDef.builder(f.name(), type).custom();
        if (blankToNull(f.label()) != null) {
            b.label(f.label());
        }
        if (f.required() && type != FieldType.BOOLEAN) {
            b.required();
        }
        if (type == FieldType.REFERENCE) {
            String target = f.referenceTo().equalsIgnoreCase(spec.name()) ? spec.name()
                    : lookup.apply(f.referenceTo()).map(SObjectDef::name).orElse(f.referenceTo());
            b.reference(target, f.name().substring(0, f.name().length() - 3) + "__r");
        }
        return b.build();
    }

    private static FieldType type(CustomObjectSpec.Field f) {
        return FieldType.forCustomField(f.type()).orElseThrow(() -> new InvalidDefinition("field " + f.name()
                + ": unknown type '" + f.type() + "' (use string, textarea, email, phone, url, picklist, boolean, "
                + "date, datetime, double, currency, percent, int or reference)"));
    }

    private static void checkName(String name, String what) {
        // the length first: the pattern's loop would overflow the stack on a very long name
        if (name == null || name.length() - 3 > MAX_NAME || !API_NAME.matcher(name).matches()) {
            throw new InvalidDefinition("invalid custom " + what + " name '" + shown(name) + "': use letters, digits and "
                    + "single underscores, start with a letter, end with __c, at most " + MAX_NAME
                    + " characters before __c");
        }
    }

    // Labels are stored in varchar(255) columns, the Name field's label with " Name" added.
    private static void checkLabel(String label, String what) {
        if (label != null && (label.length() > MAX_LABEL || label.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidDefinition(what + " must be at most " + MAX_LABEL + " characters, without control "
                    + "characters");
        }
    }

    private static String shown(String name) {
        return name != null && name.length() > 80 ? name.substring(0, 80) + "…" : name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A definition the admin must fix; {@code conflict} when the object exists already. */
    public static final class InvalidDefinition extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean conflict;

        public InvalidDefinition(String message) {
            this(message, false);
        }

        public InvalidDefinition(String message, boolean conflict) {
            super(message);
            this.conflict = conflict;
        }

        public boolean conflict() {
            return conflict;
        }
    }
}
