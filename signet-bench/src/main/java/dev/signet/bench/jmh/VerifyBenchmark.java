package dev.signet.bench.jmh;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The assertion's signature check, as the server does it (Nimbus parse + {@link RSASSAVerifier},
 * verifier cached per certificate) against plain JCA {@link Signature} over the signing input.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VerifyBenchmark {
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
