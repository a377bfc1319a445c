package dev.signet.server.storage;

import java.time.Clock;
import java.util.List;

/**
 * Every repository of one database, built once by the composition root. Token and login-history
 * writes go through writer threads: {@link #flush()} stores what they hold.
 */
public record Repositories(
        OrgRepository orgs,
        AppRepository apps,
        UserRepository users,
        TokenRepository tokens,
        LoginHistoryRepository loginHistory,
        SigningKeyRepository signingKeys,
        IpRangeRepository ipRanges,
        PasswordRepository passwords,
        RefreshTokenRepository refreshTokens,
        AuthorizationCodeRepository codes,
        BrowserSessionRepository browserSessions,
        ConsoleAdminRepository consoleAdmins,
        LockoutRepository lockouts,
        RevocationRepository revocations,
        ApiUsageRepository apiUsage,
        RetentionRepository retention) {

    public static Repositories on(Jdbc jdbc, Clock clock) {
        return new Repositories(new OrgRepository(jdbc), new AppRepository(jdbc), new UserRepository(jdbc),
                new TokenRepository(jdbc, clock), new LoginHistoryRepository(jdbc), new SigningKeyRepository(jdbc),
                new IpRangeRepository(jdbc), new PasswordRepository(jdbc), new RefreshTokenRepository(jdbc),
                new AuthorizationCodeRepository(jdbc), new BrowserSessionRepository(jdbc),
                new ConsoleAdminRepository(jdbc), new LockoutRepository(jdbc),
                new RevocationRepository(jdbc), new ApiUsageRepository(jdbc),
                new RetentionRepository(jdbc));
    }

    /** The writer threads, for health checks and metrics. */
    public List<WriterStats> writers() {
        return List.of(tokens.writerStats(), loginHistory.writerStats());
    }

    /** Stores what the writer threads still hold and stops them; call after the last request. */
    public void flush() {
        tokens.close();
        loginHistory.close();
    }
}
