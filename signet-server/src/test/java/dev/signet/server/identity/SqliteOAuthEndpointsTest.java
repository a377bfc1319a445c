package dev.signet.server.identity;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** The OAuth endpoints on embedded SQLite. */
@OnDatabase(ServerDatabase.SQLITE)
class SqliteOAuthEndpointsTest extends OAuthEndpointsContractTest {}
