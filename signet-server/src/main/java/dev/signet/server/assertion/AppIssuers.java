package dev.signet.server.assertion;

import dev.signet.core.keys.CertificateLoader;
import dev.signet.server.model.AppCertificate;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.storage.AppRepository;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's issuers: {@code iss} is a connected app's consumer key; its active certificates
 * verify the signature. Parsed keys are cached by certificate fingerprint: a certificate's content
 * never changes under its fingerprint.
 */
public final class AppIssuers implements IssuerLookup<ConnectedApp> {
    private final AppRepository apps;
    private final ConcurrentHashMap<String, RSAPublicKey> keys = new ConcurrentHashMap<>();

    public AppIssuers(AppRepository apps) {
        this.apps = apps;
    }

    @Override
    public Optional<Issuer<ConnectedApp>> find(String iss) {
        return apps.findByConsumerKey(iss).map(app -> new Issuer<>(app, app.name(), app.enabled(),
                app.strictAssertions(), app.activeCertificates().stream().flatMap(c -> key(c).stream()).toList()));
    }

    // A certificate without a usable RSA key verifies nothing, as before; it is not an error of the request.
    private Optional<RSAPublicKey> key(AppCertificate cert) {
        try {
            return Optional.of(keys.computeIfAbsent(cert.id(), id -> CertificateLoader.rsaPublicKey(
                    CertificateLoader.parse(cert.pem().getBytes(StandardCharsets.US_ASCII)))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
