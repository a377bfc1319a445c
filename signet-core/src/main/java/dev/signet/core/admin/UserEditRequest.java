package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * {@code POST /users/{username}/update}: null fields stay as they are; {@code permissionSets}
 * replaces the assignments (an empty list removes them all).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserEditRequest(
        String email, String firstName, String lastName, String profile,
        @JsonDeserialize(using = Words.class) List<String> permissionSets) {}
