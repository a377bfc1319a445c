package dev.signet.server.identity;

import dev.signet.server.ServerDatabase;

/** The OAuth endpoints on PostgreSQL (skipped where none is reachable, except under CI). */
class PostgresOAuthEndpointsTest extends OAuthEndpointsContractTest {
    PostgresOAuthEndpointsTest() {
        super(ServerDatabase.postgres());
    }
}
