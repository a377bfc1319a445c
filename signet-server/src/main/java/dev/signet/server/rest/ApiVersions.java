package dev.signet.server.rest;

import static dev.signet.server.http.Json.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;

/** The REST API versions this server answers, with Salesforce's release labels. */
public final class ApiVersions {
    static final int OLDEST = 20;
    static final int LATEST = 66;
    private static final String[] SEASONS = {"Winter", "Spring", "Summer"};

    private ApiVersions() {}

    public static String latest() {
        return LATEST + ".0";
    }

    /** Version 20.0 was Winter '11; each later version is the next of three releases a year. */
    static String label(int version) {
        int releasesSinceWinter11 = version - OLDEST;
        String season = SEASONS[releasesSinceWinter11 % 3];
        int year = 11 + releasesSinceWinter11 / 3;
        return season + " '" + String.format(java.util.Locale.ROOT, "%02d", year);
    }

    /** {@code GET /services/data}: {@code [{"label":…,"url":"/services/data/vNN.0","version":"NN.0"}, …]}. */
    public static String json() {
        ArrayNode versions = JSON.createArrayNode();
        for (int v = OLDEST; v <= LATEST; v++) {
            versions.addObject().put("label", label(v)).put("url", "/services/data/v" + v + ".0").put("version", v + ".0");
        }
        return versions.toString();
    }
}
