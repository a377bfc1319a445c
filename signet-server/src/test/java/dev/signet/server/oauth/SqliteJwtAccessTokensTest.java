package dev.signet.server.oauth;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** JWT access tokens on embedded SQLite. */
@OnDatabase(ServerDatabase.SQLITE)
class SqliteJwtAccessTokensTest extends JwtAccessTokensContractTest {}
