package dev.signet.server.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.signet.core.keys.CertificateLoader;
import dev.signet.server.model.AppCertificate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies RS256 signatures against an app's active certificates. Parsed keys are cached by
 * certificate fingerprint: a certificate's content never changes under its fingerprint.
 */
final class SignatureVerifier {
    private final ConcurrentHashMap<String, RSASSAVerifier> verifiers = new ConcurrentHashMap<>();

    boolean verifiesWithAny(SignedJWT jwt, List<AppCertificate> certificates) {
        for (AppCertificate cert : certificates) {
            try {
                if (jwt.verify(verifierFor(cert))) {
                    return true;
                }
            } catch (JOSEException | IllegalArgumentException e) {
                // A key that cannot verify this JWT is simply not a match; try the next certificate.
            }
        }
        return false;
    }

    private RSASSAVerifier verifierFor(AppCertificate cert) {
        return verifiers.computeIfAbsent(cert.id(), id -> new RSASSAVerifier(
                CertificateLoader.rsaPublicKey(CertificateLoader.parse(cert.pem().getBytes(StandardCharsets.US_ASCII)))));
    }
}
