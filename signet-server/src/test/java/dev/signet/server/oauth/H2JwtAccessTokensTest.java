package dev.signet.server.oauth;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** JWT access tokens on embedded H2. */
@OnDatabase(ServerDatabase.H2)
class H2JwtAccessTokensTest extends JwtAccessTokensContractTest {}
