package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/** {@code POST /users}: a user to create; the server fills in what is left out. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewUserRequest(
        String username, String email, String firstName, String lastName, String profile,
        @JsonDeserialize(using = Words.class) List<String> permissionSets) {
    public NewUserRequest {
        Required.text(username, "username");
        permissionSets = permissionSets == null ? List.of() : permissionSets;
    }
}
