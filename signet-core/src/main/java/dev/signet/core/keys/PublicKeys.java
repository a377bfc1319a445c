package dev.signet.core.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

/** Checks that a private key and a certificate belong together (used by {@code doctor}). */
public final class PublicKeys {
    private PublicKeys() {}

    /**
     * Whether {@code privateKey} is the private half of the certificate's public key: for RSA the
     * moduli (and, when known, public exponents) are equal; for EC a test signature verifies.
     */
    public static boolean matches(PrivateKey privateKey, X509Certificate certificate) {
        Objects.requireNonNull(privateKey, "privateKey must not be null");
        Objects.requireNonNull(certificate, "certificate must not be null");
        PublicKey publicKey = certificate.getPublicKey();
        if (privateKey instanceof RSAPrivateKey rsa && publicKey instanceof RSAPublicKey pub) {
            boolean sameExponent = !(rsa instanceof RSAPrivateCrtKey crt)
                    || crt.getPublicExponent().equals(pub.getPublicExponent());
            return rsa.getModulus().equals(pub.getModulus()) && sameExponent;
        }
        if (privateKey instanceof ECPrivateKey && "EC".equals(publicKey.getAlgorithm())) {
            return signatureVerifies("SHA256withECDSA", privateKey, publicKey);
        }
        return false;
    }

    private static boolean signatureVerifies(String algorithm, PrivateKey privateKey, PublicKey publicKey) {
        byte[] data = "signet key match check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(data);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
