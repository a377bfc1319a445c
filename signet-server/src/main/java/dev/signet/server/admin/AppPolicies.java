package dev.signet.server.admin;

import dev.signet.server.model.IpRelaxation;
import dev.signet.server.model.PermittedUsers;

/** Changes to an app's policies (Manage ▸ Edit Policies); null fields stay as they are. */
public record AppPolicies(
        PermittedUsers permittedUsers, IpRelaxation ipRelaxation, Integer sessionTimeoutMinutes,
        Boolean strictAssertions) {}
