package dev.signet.server.orgfile;

import dev.signet.core.keys.CertificateLoader;
import dev.signet.server.admin.NewApp;
import dev.signet.server.model.IpRelaxation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an org file into an {@link OrgSpec}, checking it whole before anything is applied: unknown
 * keys, values of the wrong kind, unreadable or non-RSA certificates, duplicate names and
 * references to profiles, permission sets, apps or users the file does not declare are all
 * reported, each with its line and column. Certificate files are read relative to the org file.
 */
public final class OrgSpecReader {
    private static final Set<String> ROOT = Set.of("profiles", "permissionSets", "apps", "users", "approvals",
            "ipRanges", "objects", "records");
    private static final Set<String> APP = Set.of("name", "certificate", "certificatePem", "scopes", "permittedUsers",
            "profiles", "permissionSets", "sessionTimeoutMinutes", "strict", "jwtAccessTokens", "introspectAllTokens",
            "ipRelaxation", "enabled", "description", "callbackUrls");
    private static final Set<String> USER = Set.of("username", "email", "firstName", "lastName", "profile",
            "permissionSets", "active", "frozen");

    private final YamlTree yaml;
    private final Path baseDir;
    private final OrgSpecParts parts;

    private OrgSpecReader(String source, Path baseDir) {
        this.yaml = new YamlTree(source);
        this.baseDir = baseDir;
        this.parts = new OrgSpecParts(yaml);
    }

    /** Reads the org file at {@code file}. */
    public static OrgSpec read(Path file) {
        String text;
        try {
            if (Files.size(file) > YamlTree.MAX_CHARS) {
                throw new OrgFileException(List.of(new OrgFileException.Problem(file.toString(), 1, 1,
                        "the file is larger than " + YamlTree.MAX_CHARS / (1024 * 1024) + " MB")));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OrgFileException(List.of(new OrgFileException.Problem(file.toString(), 1, 1,
                    "cannot read the file (" + e.getClass().getSimpleName() + ")")));
        }
        return read(text, file.toString(), file.toAbsolutePath().getParent());
    }

    /** Reads org file text; {@code baseDir} resolves certificate files, null allows inline PEM only. */
    public static OrgSpec read(String text, String source, Path baseDir) {
        return new OrgSpecReader(source, baseDir).read(text);
    }

    private OrgSpec read(String text) {
        Node root = yaml.parse(text);
        OrgSpec spec = root == null ? null : spec(yaml.mapping(root, "the org file", ROOT));
        if (!yaml.problems().isEmpty()) {
            throw new OrgFileException(yaml.problems());
        }
        return spec;
    }

    private OrgSpec spec(Map<String, Node> root) {
        List<String> profiles = yaml.strings(root, "profiles", "the org file");
        List<String> permissionSets = yaml.strings(root, "permissionSets", "the org file");
        Set<String> knownProfiles = new HashSet<>(profiles);
        Set<String> knownSets = new HashSet<>(permissionSets);
        List<OrgSpec.App> apps = new ArrayList<>();
        Names appNames = new Names(yaml, "app");
        for (Node node : yaml.sequence(root.get("apps"), "apps")) {
            OrgSpec.App app = app(node, yaml.mapping(node, "an app", APP), knownProfiles, knownSets);
            if (app != null && appNames.add(app.name(), node)) {
                apps.add(app);
            }
        }
        List<OrgSpec.User> users = new ArrayList<>();
        Names usernames = new Names(yaml, "user");
        for (Node node : yaml.sequence(root.get("users"), "users")) {
            OrgSpec.User user = user(node, yaml.mapping(node, "a user", USER), knownProfiles, knownSets);
            if (user != null && usernames.add(user.username().toLowerCase(Locale.ROOT), node)) {
                users.add(user);
            }
        }
        return new OrgSpec(profiles, permissionSets, apps, users,
                parts.approvals(root.get("approvals"), appNames, usernames),
                parts.ipRanges(root.get("ipRanges"), knownProfiles), parts.objects(root.get("objects")),
                parts.records(root.get("records")));
    }

    private OrgSpec.App app(Node node, Map<String, Node> e, Set<String> profiles, Set<String> sets) {
        String name = yaml.text(e, "name", "an app", true, node);
        String what = name == null ? "an app" : "app '" + name + "'";
        String pem = certificate(node, e, what);
        Set<String> appProfiles = references(e, "profiles", what, profiles, "profile");
        Set<String> appSets = references(e, "permissionSets", what, sets, "permission set");
        List<String> scopes = yaml.strings(e, "scopes", what);
        String permitted = yaml.text(e, "permittedUsers", what, false, null);
        if (permitted != null && !permitted.equals("admin-approved") && !permitted.equals("self-authorize")) {
            yaml.problem(e.get("permittedUsers"), "permittedUsers of " + what + " must be admin-approved or self-authorize");
        }
        IpRelaxation relaxation = ipRelaxation(e, what);
        int timeout = yaml.integer(e, "sessionTimeoutMinutes", what, NewApp.DEFAULT_SESSION_TIMEOUT_MINUTES, 15, 1440);
        if (name == null || pem == null) {
            return null;
        }
        return new OrgSpec.App(name, pem, scopes.isEmpty() ? NewApp.DEFAULT_SCOPES : scopes,
                "self-authorize".equals(permitted), appProfiles, appSets, timeout, yaml.bool(e, "strict", what, false),
                yaml.bool(e, "jwtAccessTokens", what, false), yaml.bool(e, "introspectAllTokens", what, false),
                relaxation, yaml.bool(e, "enabled", what, true), yaml.text(e, "description", what, false, null),
                yaml.strings(e, "callbackUrls", what));
    }

    private OrgSpec.User user(Node node, Map<String, Node> e, Set<String> profiles, Set<String> sets) {
        String username = yaml.text(e, "username", "a user", true, node);
        String what = username == null ? "a user" : "user '" + username + "'";
        String profile = yaml.text(e, "profile", what, true, node);
        if (profile != null && !profiles.contains(profile)) {
            yaml.problem(e.get("profile"), "profile '" + profile + "' of " + what + " is not declared under profiles");
        }
        Set<String> userSets = references(e, "permissionSets", what, sets, "permission set");
        if (username == null || profile == null) {
            return null;
        }
        String email = yaml.text(e, "email", what, false, null);
        return new OrgSpec.User(username, email == null ? username : email, yaml.text(e, "firstName", what, false, null),
                yaml.text(e, "lastName", what, false, null), profile, userSets, yaml.bool(e, "active", what, true),
                yaml.bool(e, "frozen", what, false));
    }

    // The certificate: a file next to the org file, or inline PEM; checked to be an RSA certificate.
    private String certificate(Node node, Map<String, Node> e, String what) {
        String file = yaml.text(e, "certificate", what, false, null);
        String pem = yaml.text(e, "certificatePem", what, false, null);
        if ((file == null) == (pem == null)) {
            yaml.problem(node, what + " needs exactly one of 'certificate' (a file) or 'certificatePem' (inline PEM)");
            return null;
        }
        Node at = e.get(file != null ? "certificate" : "certificatePem");
        byte[] bytes;
        if (file != null) {
            if (baseDir == null) {
                yaml.problem(at, "certificate files cannot be read here: inline the PEM as 'certificatePem'");
                return null;
            }
            try {
                bytes = Files.readAllBytes(baseDir.resolve(file));
            } catch (IOException e1) {
                yaml.problem(at, "cannot read certificate file " + baseDir.resolve(file).normalize());
                return null;
            }
        } else {
            bytes = pem.getBytes(StandardCharsets.US_ASCII);
        }
        try {
            java.security.cert.X509Certificate cert = CertificateLoader.parse(bytes);
            CertificateLoader.rsaPublicKey(cert);
            return CertificateLoader.toPem(cert);
        } catch (IllegalArgumentException bad) {
            yaml.problem(at, "the certificate of " + what + " is not usable: " + bad.getMessage());
            return null;
        }
    }

    private IpRelaxation ipRelaxation(Map<String, Node> e, String what) {
        String value = yaml.text(e, "ipRelaxation", what, false, null);
        if (value == null) {
            return IpRelaxation.ENFORCE;
        }
        for (IpRelaxation r : IpRelaxation.values()) {
            if (OrgSpecParts.kebab(r.name()).equals(value)) {
                return r;
            }
        }
        yaml.problem(e.get("ipRelaxation"), "ipRelaxation of " + what + " must be one of "
                + String.join(", ", java.util.Arrays.stream(IpRelaxation.values()).map(r -> OrgSpecParts.kebab(r.name())).toList()));
        return IpRelaxation.ENFORCE;
    }

    private Set<String> references(Map<String, Node> e, String key, String what, Set<String> declared, String kind) {
        Set<String> names = new LinkedHashSet<>(yaml.strings(e, key, what));
        for (String name : names) {
            if (!declared.contains(name)) {
                yaml.problem(e.get(key), kind + " '" + name + "' of " + what + " is not declared under " + key);
            }
        }
        return names;
    }

    /** Names seen so far of one kind; a second of the same name is a problem. */
    static final class Names {
        private final YamlTree yaml;
        private final String kind;
        private final Map<String, Node> seen = new LinkedHashMap<>();

        Names(YamlTree yaml, String kind) {
            this.yaml = yaml;
            this.kind = kind;
        }

        boolean add(String name, Node at) {
            if (seen.putIfAbsent(name, at) != null) {
                yaml.problem(at, "a second " + kind + " named '" + name + "'");
                return false;
            }
            return true;
        }

        boolean contains(String name) {
            return seen.containsKey(name);
        }
    }
}
