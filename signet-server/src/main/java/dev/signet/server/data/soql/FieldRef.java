package dev.signet.server.data.soql;

import dev.signet.server.data.FieldDef;
import dev.signet.server.data.SObjectDef;
import java.util.List;

/**
 * A field path checked against the catalog: the relationships it walks ({@code Account} from
 * {@code AccountId}, each with its target type) and the field it ends at.
 */
record FieldRef(List<Step> steps, FieldDef field, SObjectDef owner) {
    /** One relationship hop: the reference field and the type it points to. */
    record Step(FieldDef reference, SObjectDef target) {}

    FieldRef {
        steps = List.copyOf(steps);
    }

    /** The canonical path, e.g. {@code Account.Name}. */
    String display() {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            sb.append(s.reference().relationshipName()).append('.');
        }
        return sb.append(field.name()).toString();
    }
}
