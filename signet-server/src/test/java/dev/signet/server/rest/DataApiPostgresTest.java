package dev.signet.server.rest;

import dev.signet.server.data.DataApiClient;

/** The data API on PostgreSQL (skipped where none is reachable, except under CI). */
class DataApiPostgresTest extends DataApiContractTest {
    DataApiPostgresTest() {
        super(DataApiClient.Db.POSTGRES);
    }
}
