package dev.signet.bench.jmh;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The assertion's signature check, as the server does it (Nimbus parse + {@link RSASSAVerifier},
 * verifier cached per certificate) against plain JCA {@link Signature} over the signing input.
 */
public class VerifyBenchmark extends BenchmarkDefaults {
    private String assertion;
    private RSAPublicKey publicKey;
    private RSASSAVerifier verifier;
    private Signature jca;

    @Setup
    public void setUp() throws Exception {
        KeyPair keys = BenchFixtures.rsa2048();
        assertion = BenchFixtures.assertion(keys);
        publicKey = (RSAPublicKey) keys.getPublic();
        verifier = new RSASSAVerifier(publicKey);
        jca = Signature.getInstance("SHA256withRSA");
    }

    @Benchmark
    public boolean nimbusParseAndVerify() throws Exception {
        return SignedJWT.parse(assertion).verify(verifier);
    }

    @Benchmark
    public SignedJWT nimbusParseOnly() throws Exception {
        return SignedJWT.parse(assertion);
    }

    @Benchmark
    public boolean jcaVerify() throws Exception {
        int dot = assertion.lastIndexOf('.');
        jca.initVerify(publicKey);
        jca.update(assertion.substring(0, dot).getBytes(StandardCharsets.US_ASCII));
        return jca.verify(Base64.getUrlDecoder().decode(assertion.substring(dot + 1)));
    }
}
