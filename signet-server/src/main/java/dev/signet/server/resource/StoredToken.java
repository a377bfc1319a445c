package dev.signet.server.resource;

import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.storage.TokenRef;

/** A genuine token's stored record, and the reference that found it (to revoke it by). */
public record StoredToken(TokenRef ref, AccessTokenInfo info) {}
