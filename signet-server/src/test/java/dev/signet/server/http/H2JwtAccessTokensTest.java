package dev.signet.server.http;

/** JWT access tokens on embedded H2. */
class H2JwtAccessTokensTest extends JwtAccessTokensContractTest {
    H2JwtAccessTokensTest() {
        super(ServerDatabase.h2());
    }
}
