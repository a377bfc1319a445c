package dev.signet.server.model;

import java.time.Instant;

/** One of a profile's Login IP Ranges: logins from outside every range of the profile are refused. */
public record LoginIpRange(String profile, String start, String end, String description, Instant createdAt) {}
