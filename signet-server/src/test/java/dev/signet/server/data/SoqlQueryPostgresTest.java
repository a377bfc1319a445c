package dev.signet.server.data;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** The SOQL table on PostgreSQL (skipped where none is reachable, except under CI). */
@OnDatabase(ServerDatabase.POSTGRES)
class SoqlQueryPostgresTest extends SoqlQueryContractTest {}
