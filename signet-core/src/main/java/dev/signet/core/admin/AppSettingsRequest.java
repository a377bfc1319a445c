package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * {@code POST /apps/{key}/settings} (App Manager ▸ Edit); null fields stay as they are, a list
 * replaces the app's.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppSettingsRequest(
        String apiName, String contactEmail, String description,
        @JsonDeserialize(using = Words.class) List<String> callbackUrls,
        @JsonDeserialize(using = Words.class) List<String> scopes,
        Boolean jwtAccessTokens, Boolean enabled) {}
