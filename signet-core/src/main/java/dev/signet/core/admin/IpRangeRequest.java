package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code POST /ip-ranges} (add; {@code end} defaults to {@code start}) and {@code POST
 * /ip-ranges/remove} (the description is not used).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpRangeRequest(String profile, String start, String end, String description) {
    public IpRangeRequest {
        Required.text(profile, "profile");
        Required.text(start, "start");
    }
}
