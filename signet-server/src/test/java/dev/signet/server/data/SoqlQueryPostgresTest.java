package dev.signet.server.data;

/** The SOQL table on PostgreSQL (skipped where none is reachable, except under CI). */
class SoqlQueryPostgresTest extends SoqlQueryContractTest {
    SoqlQueryPostgresTest() {
        super(DataApiClient.Db.POSTGRES);
    }
}
