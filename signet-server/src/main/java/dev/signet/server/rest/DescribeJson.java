package dev.signet.server.rest;

import static dev.signet.server.http.Json.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.data.FieldDef;
import dev.signet.server.data.FieldType;
import dev.signet.server.data.SObjectDef;
import java.util.List;
import java.util.Objects;

/**
 * Describe results in Salesforce's shape: the object summary of the global describe and of
 * {@code sobjects/{Type}}, and the full {@code describe} with fields and child relationships.
 * Properties Signet has no notion of carry their usual values (false, null, empty).
 */
final class DescribeJson {

    DescribeJson() {
    }

    ObjectNode summary(SObjectDef t, String api) {
        boolean w = t.writable();
        ObjectNode n = JSON.createObjectNode();
        n.put("activateable", false).put("createable", w).put("custom", t.custom()).put("customSetting", false)
                .put("deletable", w).put("deprecatedAndHidden", false).put("feedEnabled", false)
                .put("hasSubtypes", false).put("isSubtype", false).put("keyPrefix", t.keyPrefix())
                .put("label", t.label()).put("labelPlural", t.labelPlural()).put("layoutable", w)
                .put("mergeable", false).put("mruEnabled", w).put("name", t.name()).put("queryable", true)
                .put("replicateable", w).put("retrieveable", true).put("searchable", false).put("triggerable", w)
                .put("undeletable", false).put("updateable", w);
        String base = api + "/sobjects/" + t.name();
        n.putObject("urls").put("sobject", base).put("describe", base + "/describe").put("rowTemplate",
                base + "/{ID}");
        return n;
    }

    ObjectNode describe(SObjectDef t, List<SObjectDef> all, String api) {
        ObjectNode n = summary(t, api);
        n.putArray("actionOverrides");
        ArrayNode children = n.putArray("childRelationships");
        for (SObjectDef child : all) {
            for (FieldDef f : child.fields()) {
                if (f.referenceTo().contains(t.name()) && !f.referenceTo().contains("User")) {
                    children.addObject().put("cascadeDelete", false).put("childSObject", child.name())
                            .put("deprecatedAndHidden", false).put("field", f.name())
                            .put("relationshipName", childRelationshipName(child, f)).put("restrictedDelete", false);
                }
            }
        }
        ArrayNode fields = n.putArray("fields");
        t.fields().forEach(f -> fields.add(field(t, f)));
        n.putArray("recordTypeInfos");
        n.putArray("supportedScopes").addObject()
                .put("label", "All " + t.labelPlural().toLowerCase(java.util.Locale.ROOT)).put("name", "everything");
        return n;
    }

    private ObjectNode field(SObjectDef t, FieldDef f) {
        FieldType type = f.type();
        boolean text = type.kind() == FieldType.Kind.TEXT;
        boolean number = type.kind() == FieldType.Kind.NUMBER;
        ObjectNode n = JSON.createObjectNode();
        n.put("aggregatable", type != FieldType.TEXTAREA).put("autoNumber", f.autoNumber())
                .put("byteLength", !text ? 0 : type == FieldType.ID || type == FieldType.REFERENCE ? 18
                        : f.length() * 3)
                .put("calculated", false).put("cascadeDelete", false).put("caseSensitive", false)
                .put("createable", t.writable() && f.createable()).put("custom", f.custom());
        if (f.defaultValue() instanceof String s) {
            n.put("defaultValue", s);
        } else if (f.defaultValue() instanceof Boolean b) {
            n.put("defaultValue", b);
        } else {
            n.putNull("defaultValue");
        }
        n.put("defaultedOnCreate", f.defaultedOnCreate()).put("dependentPicklist", false)
                .put("deprecatedAndHidden", false).put("digits", type == FieldType.INT ? 9 : 0)
                .put("externalId", false).put("filterable", type != FieldType.TEXTAREA)
                .put("groupable", !number && type != FieldType.TEXTAREA && type != FieldType.DATETIME)
                .put("htmlFormatted", false).put("idLookup", type == FieldType.ID).put("label", f.label())
                .put("length", text ? f.length() : 0).put("name", f.name()).put("nameField", f.nameField())
                .put("namePointing", false).put("nillable", f.nillable())
                .put("permissionable", f.custom() && f.nillable());
        ArrayNode picklist = n.putArray("picklistValues");
        for (String v : f.picklistValues()) {
            picklist.addObject().put("active", true).put("defaultValue", Objects.equals(v, f.defaultValue()))
                    .put("label", v).putNull("validFor").put("value", v);
        }
        n.put("polymorphicForeignKey", false)
                .put("precision", number && type != FieldType.INT ? 18 : 0);
        ArrayNode referenceTo = n.putArray("referenceTo");
        f.referenceTo().forEach(referenceTo::add);
        n.put("relationshipName", f.relationshipName()).put("restrictedPicklist", false)
                .put("scale", type == FieldType.CURRENCY || type == FieldType.PERCENT ? 2 : 0)
                .put("soapType", type.soapType()).put("sortable", type != FieldType.TEXTAREA)
                .put("type", type.describeName()).put("unique", false)
                .put("updateable", t.writable() && f.updateable());
        return n;
    }

    // Salesforce's names where known (Contacts, Opportunities, Cases, ChildAccounts); a custom
    // lookup's children are "<plural label>__r".
    private static String childRelationshipName(SObjectDef child, FieldDef f) {
        if (f.name().equals("ParentId")) {
            return "Child" + child.labelPlural().replace(" ", "");
        }
        String plural = child.labelPlural().replaceAll("[^A-Za-z0-9]", "");
        return f.custom() ? plural + "__r" : plural;
    }
}
