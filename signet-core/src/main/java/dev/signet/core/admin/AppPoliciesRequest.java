package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /apps/{key}/policies} (Manage ▸ Edit Policies); null fields stay as they are. The
 * enum names are matched leniently by the server ({@code self-authorize} is SELF_AUTHORIZE).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppPoliciesRequest(
        String permittedUsers, String ipRelaxation, Integer sessionTimeoutMinutes, Boolean strictAssertions) {}
