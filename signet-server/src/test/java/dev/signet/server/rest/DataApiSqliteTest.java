package dev.signet.server.rest;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** The data API on embedded SQLite. */
@OnDatabase(ServerDatabase.SQLITE)
class DataApiSqliteTest extends DataApiContractTest {}
