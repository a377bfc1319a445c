package dev.signet.server.identity;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** The OAuth endpoints on PostgreSQL (skipped where none is reachable, except under CI). */
@OnDatabase(ServerDatabase.POSTGRES)
class PostgresOAuthEndpointsTest extends OAuthEndpointsContractTest {}
