package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /apps/{key}/grants} and {@code …/grants/remove}: a profile or a permission set to
 * pre-authorize or to remove (the server says which one it needs when both are missing).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GrantRequest(String profile, String permissionSet) {}
