package dev.signet.server.data;

/** The SOQL table on embedded H2. */
class SoqlQueryH2Test extends SoqlQueryContractTest {
    SoqlQueryH2Test() {
        super(DataApiClient.Db.H2);
    }
}
