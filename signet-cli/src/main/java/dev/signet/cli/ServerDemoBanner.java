package dev.signet.cli;

import dev.signet.server.SignetServer;
import dev.signet.server.demo.DemoOrg;
import java.io.PrintWriter;
import java.nio.file.Path;

/** What {@code signet server --demo} prints once the demo org is seeded: what it made and commands to copy. */
final class ServerDemoBanner {
    private ServerDemoBanner() {}

    static void print(PrintWriter out, SignetServer server, DemoOrg.Seeded demoOrg) {
        out.println();
        out.println("Demo org ready:");
        out.printf("  connected app   %s (consumer key %s)%n", DemoOrg.APP_NAME, demoOrg.consumerKey());
        out.printf("  user            %s (profile %s, pre-authorized)%n", demoOrg.username(), DemoOrg.PROFILE);
        out.printf("  private key     %s%n", demoOrg.keyFile());
        out.println();
        // With HTTPS, clients trust the server's certificate file: a development certificate is its own CA.
        Path tlsCert = server.config().http().tls().certFile();
        boolean pem = tlsCert != null && server.config().http().tls().keyFile() != null;
        String token = String.format("./signet token --login-url %s --client-id %s --username %s --key %s%s",
                server.baseUrl(), demoOrg.consumerKey(), demoOrg.username(), demoOrg.keyFile(),
                pem ? " --ca-cert " + tlsCert : "");
        out.println("Get a token (in another terminal):");
        out.println("  " + token);
        out.println("Or get one and call the identity URL with it:");
        out.println("  TOKEN=$(" + token + " --field access_token)");
        out.printf("  curl%s -H \"Authorization: Bearer $TOKEN\" %s/id/%s/%s%n", pem ? " --cacert " + tlsCert : "",
                server.baseUrl(), server.admin().org().id(), server.admin().user(demoOrg.username()).id());
        out.println();
    }
}
