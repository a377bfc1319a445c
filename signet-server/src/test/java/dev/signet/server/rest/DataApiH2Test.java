package dev.signet.server.rest;

import dev.signet.server.data.DataApiClient;

/** The data API on embedded H2. */
class DataApiH2Test extends DataApiContractTest {
    DataApiH2Test() {
        super(DataApiClient.Db.H2);
    }
}
