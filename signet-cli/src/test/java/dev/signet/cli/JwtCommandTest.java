package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.signet.core.jose.JwtAssertion;
import dev.signet.core.keys.TestKeys;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class JwtCommandTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String LOGIN = "https://login.salesforce.com";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String stdin = "";

    @Test
    void decodeWhenValidAssertionThenShowsHeaderClaimsAndNoProblems() {
        String jwt = assertion(NOW.plusSeconds(180));

        int exit = execute("jwt", "decode", jwt);

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("Header:", "\"alg\": \"RS256\"", "\"typ\": \"JWT\"", "Claims:",
                        "\"iss\": \"3MVG9consumerKey\"", "\"sub\": \"user@example.com\"", "\"aud\": \"" + LOGIN + "\"",
                        "exp: 2026-03-01T12:03:00Z (in 180 seconds)",
                        "signature: not verified (pass --cert server.crt to check it)", "No problems found.")
                .doesNotContain("problem:", "warning:");
    }

    @Test
    void decodeWhenCertMatchesThenSignatureValid() {
        String jwt = assertion(NOW.plusSeconds(180));

        int exit = execute("jwt", "decode", jwt, "--cert", TestKeys.path(TestKeys.SERVER_CRT).toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("signature: valid");
    }

    @Test
    void decodeWhenCertDoesNotMatchThenSignatureInvalid() {
        String jwt = assertion(NOW.plusSeconds(180));

        int exit = execute("jwt", "decode", jwt, "--cert", TestKeys.path(TestKeys.OTHER_CRT).toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("signature: INVALID (does the key match the certificate?)");
    }

    @Test
    void decodeWhenCertIsAPrivateKeyThenSaysUploadCertificate() {
        int exit = execute("jwt", "decode", assertion(NOW.plusSeconds(60)),
                "--cert", TestKeys.path(TestKeys.SERVER_KEY).toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("this is a private key");
    }

    @Test
    void decodeWhenExpiredThenProblemAndExitOne() {
        int exit = execute("jwt", "decode", assertion(NOW.minusSeconds(90)));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("problem: expired 90 seconds ago", "2026-03-01T11:58:30Z")
                .doesNotContain("No problems found.");
    }

    @Test
    void decodeWhenAlgNoneThenFlagged() {
        String jwt = new PlainJWT(claims(NOW.plusSeconds(60)).build()).serialize();

        int exit = execute("jwt", "decode", jwt);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("\"alg\": \"none\"", "problem: alg is none: the JWT is unsigned",
                "Salesforce accepts only RS256", "signature: none");
    }

    @Test
    void decodeWhenHs256ThenFlagged() throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(NOW.plusSeconds(60)).build());
        jwt.sign(new MACSigner("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));

        int exit = execute("jwt", "decode", jwt.serialize(), "--cert", TestKeys.path(TestKeys.SERVER_CRT).toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("problem: alg is HS256: Salesforce accepts only RS256",
                "cannot verify HS256 with an RSA certificate");
    }

    @Test
    void decodeWhenClaimsMissingThenListsEach() {
        String jwt = sign(new JWTClaimsSet.Builder().issuer("3MVG9consumerKey").build());

        int exit = execute("jwt", "decode", jwt);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("problem: missing claim: sub", "problem: missing claim: aud",
                "problem: missing claim: exp").doesNotContain("missing claim: iss");
    }

    @Test
    void decodeWhenExpInMillisecondsThenWarnsButExitZero() {
        String jwt = sign(claims(null).claim("exp", NOW.plusSeconds(120).toEpochMilli()).build());

        int exit = execute("jwt", "decode", jwt);

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("warning: exp looks like milliseconds; Salesforce accepts it but RFC 7523 expects seconds",
                        "exp: 2026-03-01T12:02:00Z (in 120 seconds)");
    }

    @Test
    void decodeWhenExpIsNumericStringThenNotesItIsAccepted() {
        String exp = String.valueOf(NOW.plusSeconds(60).getEpochSecond());
        String jwt = sign(claims(null).claim("exp", exp).build());

        int exit = execute("jwt", "decode", jwt);

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("note: exp is a numeric string", "Salesforce accepts it",
                "\"exp\": \"" + exp + "\"");
    }

    @Test
    void decodeWhenAudIsListThenWarns() {
        String jwt = sign(claims(NOW.plusSeconds(60)).audience(List.of(LOGIN, "https://test.salesforce.com")).build());

        int exit = execute("jwt", "decode", jwt);

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("warning: aud is not a single string (a list of 2)");
    }

    @Test
    void decodeWhenDashThenReadsStdin() {
        stdin = "  " + assertion(NOW.plusSeconds(60)) + "\n";

        int exit = execute("jwt", "decode", "-");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("\"sub\": \"user@example.com\"");
    }

    @Test
    void decodeWhenNotAJwtThenSaysSo() {
        int exit = execute("jwt", "decode", "hello");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("not a JWT");
    }

    @Test
    void decodeWhenPayloadIsNotAJsonObjectThenProblemFromTheServerVerifier() {
        String jwt = signPayload("[1]");

        int exit = execute("jwt", "decode", jwt);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("Claims:", "problem: the assertion's payload is not a JSON object");
    }

    @Test
    void decodeWhenJtiLongerThanTheServerStoresThenProblem() {
        String jwt = sign(claims(NOW.plusSeconds(60)).jwtID("j".repeat(300)).build());

        int exit = execute("jwt", "decode", jwt);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("problem: jti is 300 characters long");
    }

    @Test
    void decodeWhenExpFarInTheFutureThenNotExpired() {
        String jwt = sign(claims(null).claim("exp", Long.MAX_VALUE).build());

        int exit = execute("jwt", "decode", jwt);

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("No problems found.").doesNotContain("expired");
    }

    @Test
    void decodeWhenNbfInTheFutureThenProblem() {
        String jwt = sign(claims(NOW.plusSeconds(60)).notBeforeTime(Date.from(NOW.plusSeconds(3600))).build());

        int exit = execute("jwt", "decode", jwt);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("problem: nbf is 3600 s in the future");
    }

    private static String assertion(Instant exp) {
        return JwtAssertion.builder().issuer("3MVG9consumerKey").subject("user@example.com").audience(LOGIN)
                .expiresAt(exp).build().sign(TestKeys.serverKey());
    }

    private static JWTClaimsSet.Builder claims(Instant exp) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer("3MVG9consumerKey").subject("user@example.com")
                .audience(LOGIN);
        return exp == null ? b : b.expirationTime(Date.from(exp));
    }

    private static String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(TestKeys.serverKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signPayload(String payload) {
        try {
            com.nimbusds.jose.JWSObject jws = new com.nimbusds.jose.JWSObject(new JWSHeader(JWSAlgorithm.RS256),
                    new com.nimbusds.jose.Payload(payload));
            jws.sign(new RSASSASigner(TestKeys.serverKey()));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private int execute(String... args) {
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        JwtCommand.Decode decode = cli.getSubcommands().get("jwt").getSubcommands().get("decode").getCommand();
        decode.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        decode.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.US_ASCII));
        return cli.execute(args);
    }
}
