package dev.signet.server.rest;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** The data API on embedded H2. */
@OnDatabase(ServerDatabase.H2)
class DataApiH2Test extends DataApiContractTest {}
