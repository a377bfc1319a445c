package dev.signet.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every admin command shares: where the server and its secret are. */
final class AdminOptions {
    @Option(names = "--data", defaultValue = "signet-data",
            description = "The server's data directory, to find server.json and admin-secret (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--url", description = "Server base URL (default: from DATA/server.json).")
    String url;

    @Option(names = "--json", description = "Print the whole record as JSON.")
    boolean json;

    @Option(names = "--ca-cert", paramLabel = "FILE", description = "Also trust the CA certificate(s) in this PEM"
            + " file, for a server on HTTPS with a private CA or a development certificate (./signet keygen --tls).")
    Path caCert;

    AdminClient client() {
        return AdminClient.locate(url, data, System::getenv, caCert);
    }
}
