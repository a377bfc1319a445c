package dev.signet.server.assertion;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

/** Verifies an RS256 signature (Nimbus) against any of an issuer's keys. */
final class SignatureVerifier {
    private SignatureVerifier() {}

    static boolean verifiesWithAny(JWSObject jws, List<RSAPublicKey> keys) {
        for (RSAPublicKey key : keys) {
            try {
                if (jws.verify(new RSASSAVerifier(key))) {
                    return true;
                }
            } catch (JOSEException | IllegalArgumentException | IllegalStateException e) {
                // A key that cannot verify this JWS is simply not a match; try the next one.
            }
        }
        return false;
    }
}
