package dev.signet.server.rest;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** The data API on PostgreSQL (skipped where none is reachable, except under CI). */
@OnDatabase(ServerDatabase.POSTGRES)
class DataApiPostgresTest extends DataApiContractTest {}
