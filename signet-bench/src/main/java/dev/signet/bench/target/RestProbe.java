package dev.signet.bench.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds out, once, whether this Signet build serves the REST data API: creates Account records
 * (POST …/sobjects/Account) and tries the SOQL query. A 404 means "not in this build": those
 * scenarios are skipped, not failed.
 */
final class RestProbe {
    private static final int RECORDS = 10;
    private final SetupHttp http;
    private final String baseUrl;
    private final Map<String, String> auth;
    private final List<String> notes = new ArrayList<>();
    private boolean probed;
    private String recordPath;
    private String recordSkipReason;
    private Boolean queryWorks;
    private String querySkipReason;

    RestProbe(SetupHttp http, String baseUrl, String accessToken) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.auth = Map.of("Authorization", "Bearer " + accessToken);
    }

    /** Path of a record to read, or null (see {@link #recordSkipReason()}). */
    String recordPath() {
        probeRecords();
        return recordPath;
    }

    String recordSkipReason() {
        probeRecords();
        return recordSkipReason;
    }

    boolean queryWorks() {
        if (queryWorks == null) {
            probeRecords();
            SetupHttp.Reply reply = http.get(baseUrl + SignetScenarios.QUERY, auth);
            queryWorks = reply.status() == 200 && reply.body().contains("\"records\"");
            querySkipReason = queryWorks ? null : reason("GET " + SignetScenarios.QUERY, reply);
        }
        return queryWorks;
    }

    String querySkipReason() {
        queryWorks();
        return querySkipReason;
    }

    List<String> notes() {
        return notes;
    }

    private void probeRecords() {
        if (probed) {
            return;
        }
        probed = true;
        String create = SignetScenarios.API + "/sobjects/Account";
        for (int i = 0; i < RECORDS; i++) {
            SetupHttp.Reply reply = http.postJson(baseUrl + create, auth, Map.of("Name", "Signet Bench " + i));
            if (!reply.ok() || !reply.json().hasNonNull("id")) {
                recordSkipReason = reason("POST " + create, reply);
                return;
            }
            if (recordPath == null) {
                recordPath = create + "/" + reply.json().get("id").asText();
            }
        }
        notes.add("REST data API: created " + RECORDS + " Account records for the read and query scenarios");
    }

    private static String reason(String call, SetupHttp.Reply reply) {
        String body = reply.body().length() > 120 ? reply.body().substring(0, 120) + "…" : reply.body();
        return reply.status() == 404 ? "not supported by this build: " + call + " answered 404"
                : call + " answered " + reply.status() + ": " + body.replaceAll("\\s+", " ");
    }
}
