package dev.signet.server.oauth;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** JWT access tokens on PostgreSQL (skipped where none is reachable, except under CI). */
@OnDatabase(ServerDatabase.POSTGRES)
class PostgresJwtAccessTokensTest extends JwtAccessTokensContractTest {}
