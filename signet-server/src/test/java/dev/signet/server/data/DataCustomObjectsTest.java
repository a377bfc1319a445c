package dev.signet.server.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Custom object definitions: names, key prefixes, the fields every custom object gets. */
class DataCustomObjectsTest {
    @Test
    void keyPrefixWhenCountingThenBase62AfterA() {
        assertThat(List.of(0, 1, 9, 10, 61, 62, 3843)).extracting(CustomObjects::keyPrefix)
                .containsExactly("a00", "a01", "a09", "a0A", "a0z", "a10", "azz");
        assertThat(CustomObjects.keyPrefixIndex("a10")).isEqualTo(62);
        assertThatThrownBy(() -> CustomObjects.keyPrefix(3844)).isInstanceOf(CustomObjects.InvalidDefinition.class);
    }

    @Test
    void toDefWhenSpecThenStandardFieldsLabelsAndRelationships() {
        CustomObjectSpec spec = new CustomObjectSpec("Shipping_Label__c", null, null, List.of(
                new CustomObjectSpec.Field("Weight__c", null, "number", null, true),
                new CustomObjectSpec.Field("Customer__c", null, "lookup", "account", false)));
        CustomObjects.validate(spec, name -> name.equalsIgnoreCase("Account")
                ? Optional.of(StandardObjects.all().get(0)) : Optional.empty());

        SObjectDef def = CustomObjects.toDef(spec, "a05", name -> Optional.of(StandardObjects.all().get(0)));

        assertThat(def.label()).isEqualTo("Shipping Label");
        assertThat(def.labelPlural()).isEqualTo("Shipping Labels");
        assertThat(def.fields()).extracting(FieldDef::name).containsExactly("Id", "IsDeleted", "OwnerId", "Name",
                "Weight__c", "Customer__c", "CreatedDate", "CreatedById", "LastModifiedDate", "LastModifiedById",
                "SystemModstamp");
        FieldDef weight = def.field("weight__C").orElseThrow();
        assertThat(weight.type()).isEqualTo(FieldType.DOUBLE);
        assertThat(weight.required()).isTrue();
        assertThat(weight.custom()).isTrue();
        FieldDef customer = def.field("Customer__c").orElseThrow();
        assertThat(customer.referenceTo()).containsExactly("Account");
        assertThat(customer.relationshipName()).isEqualTo("Customer__r");
        assertThat(def.nameField().orElseThrow().required()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Invoice", "Invoice_c", "_Invoice__c", "Invoice___c", "In__voice__c", "1Invoice__c",
        "Invoice__C", "Invoice-X__c", "A1234567890123456789012345678901234567890__c"})
    void validateWhenNameInvalidThenRefused(String name) {
        CustomObjectSpec spec = new CustomObjectSpec(name, null, null, List.of());
        assertThatThrownBy(() -> CustomObjects.validate(spec, n -> Optional.empty()))
                .isInstanceOf(CustomObjects.InvalidDefinition.class).hasMessageContaining("invalid custom object name");
    }

    @Test
    void validateWhenReferenceToUnknownOrTypeUnknownThenRefused() {
        assertThatThrownBy(() -> CustomObjects.validate(new CustomObjectSpec("A__c", null, null, List.of(
                new CustomObjectSpec.Field("B__c", null, "reference", "Nope", false))), n -> Optional.empty()))
                .hasMessageContaining("referenceTo");
        assertThatThrownBy(() -> CustomObjects.validate(new CustomObjectSpec("A__c", null, null, List.of(
                new CustomObjectSpec.Field("B__c", null, "geolocation", null, false))), n -> Optional.empty()))
                .hasMessageContaining("unknown type 'geolocation'");
        CustomObjects.validate(new CustomObjectSpec("Tree__c", null, null, List.of(
                new CustomObjectSpec.Field("Parent__c", null, "reference", "Tree__c", false))), n -> Optional.empty());
    }
}
