package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /org}: the org; {@code status} is ACTIVE or an inactive state. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrgView(String id, String name, String status, String createdAt) {}
