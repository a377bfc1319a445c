package dev.signet.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a {@link TokenTransport} or {@link ApiTransport} got back: the HTTP status, the headers and
 * the body. Header names are case-insensitive. {@link #toString()} leaves the body out, since it
 * may hold a token or business data.
 *
 * <p>Related specifications: RFC 9110 §6.6.1 ({@code Date}).
 *
 * @param status the HTTP status code
 * @param headers the response headers (copied; names compared case-insensitively)
 * @param body the response body as text, never {@code null}
 */
public record HttpResult(int status, Map<String, List<String>> headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies the headers into an unmodifiable, case-insensitive map. */
    public HttpResult {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers must not be null")
                .forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? "" : body;
    }

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The server's {@code Date} header, when present and well-formed. */
    public Optional<Instant> date() {
        return header("Date").flatMap(HttpResult::parseHttpDate);
    }

    /**
     * The body parsed as JSON; an empty body is a {@code MissingNode}.
     *
     * @throws IllegalStateException when the body is not JSON (the message quotes none of it)
     */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("HTTP " + status + " body is not JSON ("
                    + header("Content-Type").orElse("no Content-Type") + ", " + body.length() + " chars)", e);
        }
    }

    /** Whether the status is 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    private static Optional<Instant> parseHttpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "HttpResult[status=" + status + ", headers=" + headers.keySet() + ", body=<" + body.length() + " chars>]";
    }
}
