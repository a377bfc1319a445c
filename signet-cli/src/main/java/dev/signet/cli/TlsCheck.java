package dev.signet.cli;

import dev.signet.cli.DoctorCommand.Result;
import dev.signet.cli.DoctorCommand.Status;
import dev.signet.client.TrustedCertificates;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * {@code doctor}'s look at the login URL's certificate chain: trusted (by the JDK's CAs and
 * {@code --ca-cert}) and for this host name, and how long it stays valid.
 */
final class TlsCheck {
    static final String CHECK = "TLS certificate";
    static final Duration EXPIRY_WARNING = Duration.ofDays(14);
    private static final int TIMEOUT_MILLIS = 10_000;

    private TlsCheck() {}

    static Result check(String loginUrl, Path caCert, Clock clock) {
        URI url = URI.create(loginUrl.trim());
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            return new Result(Status.SKIP, CHECK, "the login URL is not https://", null);
        }
        try (SSLSocket socket = (SSLSocket) context(caCert).getSocketFactory().createSocket()) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name this host
            socket.setSSLParameters(parameters);
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort() < 0 ? 443 : url.getPort()),
                    TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.startHandshake();
            return validity((X509Certificate) socket.getSession().getPeerCertificates()[0],
                    socket.getSession().getPeerCertificates().length, clock.instant());
        } catch (SSLHandshakeException e) {
            return new Result(Status.FAIL, CHECK, url.getHost() + "'s certificate chain is not trusted, or not for this"
                    + " host: " + e.getMessage(), "pass --ca-cert FILE with the CA that issued it (a development"
                    + " certificate from ./signet keygen --tls is its own CA); check the host name in the login URL");
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return new Result(Status.FAIL, CHECK, "cannot check " + url.getHost() + ": " + e.getMessage(),
                    "check the login URL and the network");
        }
    }

    private static Result validity(X509Certificate leaf, int chainLength, Instant now) {
        Instant notAfter = leaf.getNotAfter().toInstant();
        String detail = leaf.getSubjectX500Principal().getName() + ", issued by "
                + leaf.getIssuerX500Principal().getName() + " (chain of " + chainLength + "), valid until " + notAfter;
        if (Duration.between(now, notAfter).compareTo(EXPIRY_WARNING) < 0) {
            return new Result(Status.WARN, CHECK, detail, "renew the server's certificate before it expires");
        }
        return new Result(Status.PASS, CHECK, detail, null);
    }

    private static SSLContext context(Path caCert) throws GeneralSecurityException {
        return caCert == null ? SSLContext.getDefault() : TrustedCertificates.sslContext(caCert);
    }
}
