package dev.signet.server.adminapi;

import static dev.signet.server.adminapi.AdminHttp.body;

import dev.signet.server.admin.AdminException;
import dev.signet.server.orgfile.OrgChange;
import dev.signet.server.orgfile.OrgExport;
import dev.signet.server.orgfile.OrgFileException;
import dev.signet.server.orgfile.OrgSpec;
import dev.signet.server.orgfile.OrgSpecReader;
import dev.signet.server.orgfile.OrgSpecWriter;
import dev.signet.server.orgfile.OrgSync;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The org as code: {@code POST /admin/api/org/plan} and {@code /org/apply} take an org file
 * ({@code {"orgFile":"<YAML>", "prune":false}}, certificates inline) and answer the changes, one
 * per line of the plan; {@code GET /admin/api/org/export} answers the current org as an org file
 * ({@code application/yaml}). A file with problems answers 400 {@code invalid_org_file}, each
 * problem with its line and column, and nothing is applied.
 */
final class OrgAdminApi {
    private static final String PATH = AdminApi.PREFIX + "/org";

    /** The request body: the org file's text, and whether to remove what it does not declare. */
    record OrgFileRequest(String orgFile, Boolean prune) {}

    private final OrgSync sync;
    private final OrgExport export;
    private final AdminHttp http;

    OrgAdminApi(OrgSync sync, OrgExport export, AdminHttp http) {
        this.sync = sync;
        this.export = export;
        this.http = http;
    }

    void register(RoutesConfig routes) {
        routes.post(PATH + "/plan", ctx -> answer(ctx, false));
        routes.post(PATH + "/apply", ctx -> answer(ctx, true));
        routes.get(PATH + "/export", ctx -> ctx.contentType("application/yaml; charset=utf-8")
                .result(OrgSpecWriter.write(export.export())));
    }

    private void answer(Context ctx, boolean apply) {
        OrgFileRequest request = body(ctx, OrgFileRequest.class);
        if (request == null || request.orgFile() == null) {
            throw AdminException.badRequest("the body needs 'orgFile': the org file's YAML text");
        }
        OrgSpec spec;
        try {
            spec = OrgSpecReader.read(request.orgFile(), "org file", null);
        } catch (OrgFileException e) {
            ctx.status(400).json(Map.of("error", "invalid_org_file", "message", e.getMessage(), "problems",
                    e.problems().stream().map(p -> Map.of("line", p.line(), "column", p.column(), "message",
                            p.message())).toList()));
            return;
        }
        boolean prune = Boolean.TRUE.equals(request.prune());
        List<OrgChange> changes = apply ? sync.apply(spec, prune) : sync.plan(spec, prune);
        http.ok(ctx, Map.of("applied", apply, "changes", changes.stream().map(OrgAdminApi::view).toList()));
    }

    private static Map<String, String> view(OrgChange c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("action", c.action().name().toLowerCase(Locale.ROOT));
        m.put("kind", c.kind());
        m.put("name", c.name());
        m.put("detail", c.detail());
        return m;
    }
}
