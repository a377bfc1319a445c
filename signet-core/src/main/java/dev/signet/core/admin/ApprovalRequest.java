package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/** {@code POST /apps/{key}/approvals}: a user's one-time approval; no scopes means all the app's. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApprovalRequest(
        String username,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonDeserialize(using = Words.class) List<String> scopes) {
    public ApprovalRequest {
        Required.text(username, "username");
        scopes = scopes == null ? List.of() : scopes;
    }
}
