package dev.signet.cli.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Secret values a test sent or received, by name, and a binary-safe search for them and their
 * obvious encodings (URL-encoded, Base64, the signature of a JWT, the part of an access token after
 * its org id) in the bytes of a log or a file.
 */
final class Secrets {
    private static final int MIN_PART = 12;
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Notes {@code value} as the secret {@code name}; returns it. */
    String add(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new AssertionError("no value for the secret " + name);
        }
        values.put(name, value);
        return value;
    }

    String value(String name) {
        return values.get(name);
    }

    /** "name (encoding)" of every secret found in {@code bytes}. */
    List<String> foundIn(byte[] bytes) {
        List<String> found = new ArrayList<>();
        values.forEach((name, value) -> encodings(value).forEach((encoding, needle) -> {
            if (indexOf(bytes, needle.getBytes(StandardCharsets.UTF_8)) >= 0) {
                found.add(name + " (" + encoding + ")");
            }
        }));
        return found;
    }

    private static Map<String, String> encodings(String value) {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("as is", value);
        String form = URLEncoder.encode(value, StandardCharsets.UTF_8);
        forms.put("URL-encoded", form);
        forms.put("URL-encoded, %20", form.replace("+", "%20"));
        forms.put("Base64", Base64.getEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
        forms.put("Base64url", Base64.getUrlEncoder().withoutPadding().encodeToString(
                value.getBytes(StandardCharsets.UTF_8)));
        String[] jwt = value.split("\\.");
        if (jwt.length == 3 && jwt[2].length() >= MIN_PART) {
            forms.put("JWT signature", jwt[2]);
        }
        int bang = value.indexOf('!');
        if (value.startsWith("00D") && bang > 0 && value.length() - bang - 1 >= MIN_PART) {
            forms.put("token after the org id", value.substring(bang + 1));
        }
        return forms;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
