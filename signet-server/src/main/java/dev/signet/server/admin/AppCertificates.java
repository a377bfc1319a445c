package dev.signet.server.admin;

import dev.signet.core.keys.CertificateLoader;
import dev.signet.server.model.AppCertificate;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** An app's certificate as an admin uploads it: PEM or DER, RSA, within its columns. */
final class AppCertificates {
    private AppCertificates() {}

    /** The certificate added at {@code now}, or a 400 saying what is wrong (never the parser's classes). */
    static AppCertificate parse(byte[] bytes, Instant now) {
        if (bytes == null || bytes.length == 0) {
            throw AdminException.badRequest("a certificate is required (PEM or DER, e.g. server.crt)");
        }
        X509Certificate cert;
        try {
            cert = CertificateLoader.parse(bytes);
            CertificateLoader.rsaPublicKey(cert);
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest("invalid certificate: " + e.getMessage());
        }
        return new AppCertificate(CertificateLoader.sha256Fingerprint(cert),
                AdminFields.CERTIFICATE.check(CertificateLoader.toPem(cert)),
                AdminFields.CERTIFICATE_SUBJECT.check(cert.getSubjectX500Principal().getName()),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(), true, now);
    }
}
