package dev.signet.server.data;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** The SOQL table on embedded SQLite. */
@OnDatabase(ServerDatabase.SQLITE)
class SoqlQuerySqliteTest extends SoqlQueryContractTest {}
