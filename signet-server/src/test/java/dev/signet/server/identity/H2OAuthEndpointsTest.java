package dev.signet.server.identity;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** The OAuth endpoints on embedded H2. */
@OnDatabase(ServerDatabase.H2)
class H2OAuthEndpointsTest extends OAuthEndpointsContractTest {}
