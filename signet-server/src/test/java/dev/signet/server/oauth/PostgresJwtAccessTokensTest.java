package dev.signet.server.oauth;

import dev.signet.server.ServerDatabase;

/** JWT access tokens on PostgreSQL (skipped where none is reachable, except under CI). */
class PostgresJwtAccessTokensTest extends JwtAccessTokensContractTest {
    PostgresJwtAccessTokensTest() {
        super(ServerDatabase.postgres());
    }
}
