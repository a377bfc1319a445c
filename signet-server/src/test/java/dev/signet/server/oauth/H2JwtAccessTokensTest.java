package dev.signet.server.oauth;

import dev.signet.server.ServerDatabase;

/** JWT access tokens on embedded H2. */
class H2JwtAccessTokensTest extends JwtAccessTokensContractTest {
    H2JwtAccessTokensTest() {
        super(ServerDatabase.h2());
    }
}
