package dev.signet.server.identity;

import dev.signet.server.ServerDatabase;

/** The OAuth endpoints on embedded H2. */
class H2OAuthEndpointsTest extends OAuthEndpointsContractTest {
    H2OAuthEndpointsTest() {
        super(ServerDatabase.h2());
    }
}
