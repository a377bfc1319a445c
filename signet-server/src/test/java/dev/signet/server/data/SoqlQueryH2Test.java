package dev.signet.server.data;

import dev.signet.server.OnDatabase;
import dev.signet.server.ServerDatabase;

/** The SOQL table on embedded H2. */
@OnDatabase(ServerDatabase.H2)
class SoqlQueryH2Test extends SoqlQueryContractTest {}
