package dev.signet.server.retention;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** Retention on embedded H2. */
@OnDatabase(ServerDatabase.H2)
class RetentionH2Test extends RetentionContractTest {}
