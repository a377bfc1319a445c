package dev.signet.server;

import dev.signet.server.admin.AdminService;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.keys.SigningKeys;
import dev.signet.server.model.Org;
import dev.signet.server.storage.AppRepository;
import dev.signet.server.storage.Jdbc;
import dev.signet.server.storage.LoginHistoryRepository;
import dev.signet.server.storage.TokenRepository;
import dev.signet.server.storage.UserRepository;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The server's shared parts, built once at start-up and handed to the HTTP layer: storage,
 * administration, configuration, the current org, the signing keys of JWT access tokens and the
 * base URL (known once listening).
 */
public record ServerContext(
        ServerConfig config,
        Jdbc jdbc,
        Supplier<Org> org,
        AppRepository apps,
        UserRepository users,
        TokenRepository tokens,
        LoginHistoryRepository loginHistory,
        AdminService admin,
        SigningKeys signingKeys,
        String adminSecret,
        Supplier<String> baseUrl) {
    public Clock clock() {
        return config.clock();
    }
}
