package dev.signet.server.rest;

import static dev.signet.server.http.Json.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.data.RecordStore;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /services/data/vNN.0} (the resources this server serves, relative URLs plus the
 * absolute identity URL) and {@code limits} (Salesforce's shape; a Developer Edition's maxima).
 */
record DataResources(String baseUrl, RecordStore store, ApiUsage usage) {
    // Salesforce's Developer Edition maxima for the limits Signet does not track.
    private static final Object[][] FIXED_LIMITS = {
        {"ConcurrentAsyncGetReportInstances", 200}, {"ConcurrentSyncReportRuns", 20},
        {"DailyAsyncApexExecutions", 250_000}, {"DailyBulkApiBatches", 15_000},
        {"DailyBulkV2QueryFileStorageMB", 976_562}, {"DailyBulkV2QueryJobs", 10_000},
        {"DailyGenericStreamingApiEvents", 10_000}, {"DailyStreamingApiEvents", 10_000},
        {"DailyWorkflowEmails", 15}, {"FileStorageMB", 20}, {"HourlyAsyncReportRuns", 1_200},
        {"HourlyDashboardRefreshes", 200}, {"HourlyDashboardResults", 5_000}, {"HourlyODataCallout", 10_000},
        {"HourlySyncReportRuns", 500}, {"HourlyTimeBasedWorkflow", 50}, {"MassEmail", 10}, {"SingleEmail", 15},
        {"StreamingApiConcurrentClients", 20}};
    private static final int DATA_STORAGE_MB = 5;
    // Salesforce counts most records as 2 KB of data storage.
    private static final int KB_PER_RECORD = 2;

    ObjectNode resources(DataRequest r) {
        return JSON.createObjectNode()
                .put("tooling", r.api() + "/tooling")
                .put("query", r.api() + "/query")
                .put("queryAll", r.api() + "/queryAll")
                .put("sobjects", r.api() + "/sobjects")
                .put("limits", r.api() + "/limits")
                .put("identity", baseUrl + "/id/" + r.session().org().id() + "/" + r.userId());
    }

    ObjectNode limits() {
        Map<String, int[]> limits = new TreeMap<>();
        for (Object[] limit : FIXED_LIMITS) {
            limits.put((String) limit[0], new int[] {(Integer) limit[1], (Integer) limit[1]});
        }
        limits.put("DailyApiRequests", new int[] {ApiUsage.DAILY_MAX, Math.max(0, ApiUsage.DAILY_MAX - usage.used())});
        long usedMb = (store.countLive() * KB_PER_RECORD + 1023) / 1024;
        limits.put("DataStorageMB", new int[] {DATA_STORAGE_MB, (int) Math.max(0, DATA_STORAGE_MB - usedMb)});
        ObjectNode n = JSON.createObjectNode();
        limits.forEach((name, v) -> n.putObject(name).put("Max", v[0]).put("Remaining", v[1]));
        return n;
    }
}
