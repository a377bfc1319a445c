package dev.signet.server.hostile;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What the server answered one hostile request: status, headers (names lower-cased) and body. */
record Answer(int status, Map<String, List<String>> headers, String body) {
    static Answer of(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        return new Answer(response.statusCode(), headers, response.body());
    }

    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String contentType() {
        String type = header("Content-Type");
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
    }

    /** One line for failure messages: status, type and the start of the body. */
    String summary() {
        String start = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        return status + " " + contentType() + " Location=" + header("Location") + " " + start.replace('\n', ' ');
    }
}
