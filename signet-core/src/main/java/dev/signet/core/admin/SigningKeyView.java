package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One of the server's keys for JWT access tokens; {@code status} is CURRENT, PREVIOUS or RETIRED. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SigningKeyView(
        String kid, String algorithm, String status, String createdAt, String rotatedAt, String retiredAt) {}
