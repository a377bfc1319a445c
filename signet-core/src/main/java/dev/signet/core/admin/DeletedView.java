package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code POST /apps/{key}/delete}: {@code {"deleted":true}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeletedView(boolean deleted) {}
