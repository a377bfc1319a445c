package dev.signet.server.retention;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** Retention on embedded SQLite (the default store). */
@OnDatabase(ServerDatabase.SQLITE)
class RetentionSqliteTest extends RetentionContractTest {}
