package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One of a profile's login IP ranges. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IpRangeView(String profile, String start, String end, String description, String createdAt) {}
