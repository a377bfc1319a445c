package dev.signet.server.retention;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** Retention on PostgreSQL. */
@OnDatabase(ServerDatabase.POSTGRES)
class RetentionPostgresTest extends RetentionContractTest {}
