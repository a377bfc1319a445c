package dev.signet.server.model;

import java.time.Instant;

/**
 * A certificate uploaded to a connected app ("Use digital signatures"). {@code id} is its
 * SHA-256 fingerprint. Validity dates are shown but not enforced, as on Salesforce.
 */
public record AppCertificate(
        String id, String pem, String subject, Instant notBefore, Instant notAfter, boolean active, Instant createdAt) {}
