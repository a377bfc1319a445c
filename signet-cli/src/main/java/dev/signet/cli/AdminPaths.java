package dev.signet.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL path segments built from user input. */
final class AdminPaths {
    private AdminPaths() {}

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
