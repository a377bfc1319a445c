package dev.signet.bench.jmh;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One RS256 signature (RSA-2048): the cost that caps JWT access tokens. Run with {@code -t N}
 * (N = cores) for the machine's limit in signatures per second; {@code compare} does that.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class SignBenchmark extends BenchmarkDefaults {
    private static final byte[] INPUT = ("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
            + "eyJpc3MiOiJodHRwczovL2xvZ2luLnNhbGVzZm9yY2UuY29tIiwic3ViIjoiMDA1eHgwMDAwMDEyMzQ1QUFBIn0")
            .getBytes(StandardCharsets.US_ASCII);
    private KeyPair keys;
    private Signature jca;
    private RSASSASigner nimbus;

    @Setup
    public void setUp() throws Exception {
        keys = BenchFixtures.rsa2048();
        jca = Signature.getInstance("SHA256withRSA");
        nimbus = new RSASSASigner(keys.getPrivate());
    }

    @Benchmark
    public byte[] jcaSign() throws Exception {
        jca.initSign(keys.getPrivate());
        jca.update(INPUT);
        return jca.sign();
    }

    @Benchmark
    public String nimbusSignJwt() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://login.salesforce.com")
                .subject("005xx000001234AAA").audience("api").expirationTime(new Date()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(nimbus);
        return jwt.serialize();
    }
}
