package dev.signet.server.orgfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.signet.server.admin.NewApp;
import dev.signet.server.model.IpRelaxation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link OrgSpec} as an org file that {@link OrgSpecReader} reads back to the same spec:
 * certificates inline ({@code certificatePem}, as literal blocks), settings at their defaults left
 * out. What {@code signet admin export} prints, and what {@code signet admin apply} sends.
 */
public final class OrgSpecWriter {
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());

    private OrgSpecWriter() {}

    public static String write(OrgSpec spec) {
        Map<String, Object> root = new LinkedHashMap<>();
        putList(root, "profiles", spec.profiles());
        putList(root, "permissionSets", spec.permissionSets());
        putList(root, "apps", spec.apps().stream().map(OrgSpecWriter::app).toList());
        putList(root, "users", spec.users().stream().map(OrgSpecWriter::user).toList());
        putList(root, "approvals", spec.approvals().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("app", a.app());
            m.put("user", a.user());
            putList(m, "scopes", a.scopes());
            return m;
        }).toList());
        putList(root, "ipRanges", spec.ipRanges().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("profile", r.profile());
            m.put("start", r.start());
            m.put("end", r.end());
            putIf(m, "description", r.description(), r.description() != null);
            return m;
        }).toList());
        putList(root, "objects", spec.objects().stream().map(OrgSpecWriter::object).toList());
        putList(root, "records", spec.records().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", r.type());
            putIf(m, "key", r.key(), !"Name".equals(r.key()));
            m.put("fields", r.fields());
            return m;
        }).toList());
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an org spec is always writable as YAML", e);
        }
    }

    private static Map<String, Object> app(OrgSpec.App a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("certificatePem", a.certificatePem());
        m.put("scopes", a.scopes());
        putIf(m, "permittedUsers", "self-authorize", a.selfAuthorize());
        putList(m, "profiles", new ArrayList<>(a.profiles()));
        putList(m, "permissionSets", new ArrayList<>(a.permissionSets()));
        putIf(m, "sessionTimeoutMinutes", a.sessionTimeoutMinutes(),
                a.sessionTimeoutMinutes() != NewApp.DEFAULT_SESSION_TIMEOUT_MINUTES);
        putIf(m, "strict", true, a.strictAssertions());
        putIf(m, "jwtAccessTokens", true, a.jwtAccessTokens());
        putIf(m, "introspectAllTokens", true, a.introspectAllTokens());
        putIf(m, "ipRelaxation", OrgSpecParts.kebab(a.ipRelaxation().name()), a.ipRelaxation() != IpRelaxation.ENFORCE);
        putIf(m, "enabled", false, !a.enabled());
        putIf(m, "description", a.description(), a.description() != null);
        putList(m, "callbackUrls", a.callbackUrls());
        return m;
    }

    private static Map<String, Object> user(OrgSpec.User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        putIf(m, "email", u.email(), u.email() != null && !u.email().equals(u.username()));
        putIf(m, "firstName", u.firstName(), u.firstName() != null);
        putIf(m, "lastName", u.lastName(), u.lastName() != null);
        m.put("profile", u.profile());
        putList(m, "permissionSets", new ArrayList<>(u.permissionSets()));
        putIf(m, "active", false, !u.active());
        putIf(m, "frozen", true, u.frozen());
        return m;
    }

    private static Map<String, Object> object(OrgSpec.CustomObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.name());
        putIf(m, "label", o.label(), o.label() != null);
        m.put("fields", o.fields().stream().map(f -> {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            putIf(fm, "label", f.label(), f.label() != null);
            fm.put("type", f.type());
            putIf(fm, "referenceTo", f.referenceTo(), f.referenceTo() != null);
            putIf(fm, "required", true, f.required());
            return fm;
        }).toList());
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, Object value, boolean when) {
        if (when) {
            m.put(key, value);
        }
    }

    private static void putList(Map<String, Object> m, String key, List<?> values) {
        if (!values.isEmpty()) {
            m.put(key, values);
        }
    }
}
