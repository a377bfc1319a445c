package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A user's approval of an app, as both the app's and the user's approval lists show it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApprovalView(String app, String consumerKey, String username, String approvedAt, List<String> scopes) {}
