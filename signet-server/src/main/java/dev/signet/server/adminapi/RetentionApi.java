package dev.signet.server.adminapi;

import dev.signet.server.retention.Retention;
import dev.signet.server.storage.RetentionRepository.Kind;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /admin/api/retention}: what a purge would delete now (the dry run), and the settings;
 * {@code POST /admin/api/retention/purge}: delete it now, on this node. Authenticated by
 * {@link AdminApi}'s filter like every {@code /admin/api} path.
 */
final class RetentionApi {
    private static final String PATH = AdminApi.PREFIX + "/retention";
    private final Retention retention;
    private final AdminHttp http;

    RetentionApi(Retention retention, AdminHttp http) {
        this.retention = retention;
        this.http = http;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> http.ok(ctx, Map.of("dryRun", true, "delete", counts(retention.plan()),
                "settings", settings())));
        routes.post(PATH + "/purge", ctx -> http.ok(ctx, Map.of("dryRun", false, "deleted",
                counts(retention.purge()))));
    }

    private Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("tokenGrace", retention.config().tokenGrace().toString());
        settings.put("loginHistory", retention.config().loginHistory().toString());
        settings.put("interval", retention.config().interval().toString());
        settings.put("batchSize", retention.config().batchSize());
        return settings;
    }

    // ACCESS_TOKENS → accessTokens, in the order of the kinds
    private static Map<String, Long> counts(Map<Kind, Long> byKind) {
        Map<String, Long> counts = new LinkedHashMap<>();
        byKind.forEach((kind, n) -> counts.put(camel(kind.name()), n));
        return counts;
    }

    private static String camel(String name) {
        StringBuilder s = new StringBuilder();
        for (String part : name.toLowerCase(Locale.ROOT).split("_")) {
            s.append(s.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return s.toString();
    }
}
