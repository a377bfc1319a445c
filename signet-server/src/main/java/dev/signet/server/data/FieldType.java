package dev.signet.server.data;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The field types Signet stores, with the names the describe call reports ({@code type},
 * {@code soapType}) and the Java value kind used to compare them in SOQL.
 */
public enum FieldType {
    ID("id", "tns:ID", "Id", Kind.TEXT),
    STRING("string", "xsd:string", "String", Kind.TEXT),
    TEXTAREA("textarea", "xsd:string", "String", Kind.TEXT),
    EMAIL("email", "xsd:string", "String", Kind.TEXT),
    PHONE("phone", "xsd:string", "String", Kind.TEXT),
    URL("url", "xsd:string", "String", Kind.TEXT),
    PICKLIST("picklist", "xsd:string", "String", Kind.TEXT),
    REFERENCE("reference", "tns:ID", "Id", Kind.TEXT),
    BOOLEAN("boolean", "xsd:boolean", "Boolean", Kind.BOOLEAN),
    DATE("date", "xsd:date", "Date", Kind.DATE),
    DATETIME("datetime", "xsd:dateTime", "Datetime", Kind.DATETIME),
    DOUBLE("double", "xsd:double", "Double", Kind.NUMBER),
    CURRENCY("currency", "xsd:double", "Decimal", Kind.NUMBER),
    PERCENT("percent", "xsd:double", "Double", Kind.NUMBER),
    INT("int", "xsd:int", "Integer", Kind.NUMBER);

    /** How values of a type are held in Java and compared: String, BigDecimal, Boolean, LocalDate, Instant. */
    public enum Kind { TEXT, NUMBER, BOOLEAN, DATE, DATETIME }

    // Names an admin may use for custom fields besides the describe names (Setup's labels).
    private static final Map<String, FieldType> ALIASES = Map.of("text", STRING, "checkbox", BOOLEAN,
            "number", DOUBLE, "lookup", REFERENCE, "longtextarea", TEXTAREA, "integer", INT, "dateTime", DATETIME);

    private final String describeName;
    private final String soapType;
    private final String apexType;
    private final Kind kind;

    FieldType(String describeName, String soapType, String apexType, Kind kind) {
        this.describeName = describeName;
        this.soapType = soapType;
        this.apexType = apexType;
        this.kind = kind;
    }

    /** Parses a describe name or a Setup-style alias, case-insensitively; ID is not a custom field type. */
    public static Optional<FieldType> forCustomField(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (FieldType t : values()) {
            if (t != ID && t.describeName.equals(n)) {
                return Optional.of(t);
            }
        }
        return ALIASES.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(n)).map(Map.Entry::getValue)
                .findFirst();
    }

    public String describeName() {
        return describeName;
    }

    public String soapType() {
        return soapType;
    }

    public String apexType() {
        return apexType;
    }

    public Kind kind() {
        return kind;
    }

    /** The type as SOQL error messages name it ({@code dateTime}, {@code double}, {@code string}…). */
    public String soqlName() {
        return switch (this) {
            case DATETIME -> "dateTime";
            case ID, REFERENCE -> "id";
            case BOOLEAN, DATE, DOUBLE, CURRENCY, PERCENT, INT -> describeName;
            default -> "string";
        };
    }

    /** Default length reported by describe; 0 for non-text types. */
    public int defaultLength() {
        return switch (this) {
            case ID, REFERENCE -> 18;
            case TEXTAREA -> 32768;
            case EMAIL -> 80;
            case PHONE -> 40;
            case STRING, URL, PICKLIST -> 255;
            default -> 0;
        };
    }
}
