package dev.signet.cli;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.KeyLoadException;
import dev.signet.core.keys.KeyLoader;
import dev.signet.server.assertion.AssertionOutcome;
import dev.signet.server.assertion.AssertionRules;
import dev.signet.server.assertion.AssertionVerifier;
import dev.signet.server.assertion.Inspection;
import dev.signet.server.assertion.Issuer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./signet jwt}: look inside JWT bearer assertions. */
@Command(
        name = "jwt",
        mixinStandardHelpOptions = true,
        description = "Inspect JWT bearer assertions (RFC 7523).",
        subcommands = {JwtCommand.Decode.class})
final class JwtCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code ./signet jwt decode JWT}: header and claims as JSON, then what Salesforce would
     * object to. Exit code 1 if anything would make Salesforce reject it.
     */
    @Command(
            name = "decode",
            mixinStandardHelpOptions = true,
            description = {
                "Show a JWT's header and claims and flag what Salesforce would reject, with the",
                "server's own checks (alg other than RS256, missing iss/sub/aud/exp, expired exp, ...).",
                "The signature is checked only with --cert. Exit code 1 if a problem was found."
            })
    static final class Decode implements Callable<Integer> {
        private static final ObjectWriter JSON = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .writer(new DefaultPrettyPrinter().withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
        private static final ObjectMapper READER = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

        @Spec
        CommandSpec spec;

        /** The clock for the expiry check; replaced in tests. */
        Clock clock = Clock.systemUTC();

        /** Where {@code -} reads from; replaced in tests. */
        InputStream stdin = System.in;

        @Parameters(paramLabel = "JWT", description = "The JWT (header.payload.signature), or - to read it from stdin.")
        String token;

        @Option(names = "--cert", paramLabel = "FILE", description = "Verify the signature with this certificate"
                + " (server.crt, PEM or DER), or the certificate of a PKCS#12 or JKS keystore entry.")
        Path cert;

        @Mixin
        KeyStoreEntryOptions keyStore;

        @Override
        public Integer call() {
            String text = readToken();
            JWT jwt = parse(text);
            PrintWriter w = spec.commandLine().getOut();
            w.println("Header:");
            w.println(pretty(jwt.getParsedParts()[0].decodeToString()));
            w.println("Claims:");
            w.println(pretty(jwt.getParsedParts()[1].decodeToString()));

            List<RSAPublicKey> keys = keys();
            // The server's own checks. No clock skew: an exp already past is flagged even while a
            // server would still tolerate it, because Salesforce's tolerance is not documented.
            Inspection<Void> inspection = new AssertionVerifier(AssertionRules.offlineInspection(Duration.ZERO), clock)
                    .inspect(text, iss -> Optional.of(new Issuer<>(null, "the certificate", true, false, keys)));
            JwtChecks advice = new JwtChecks(clock);
            Map<String, Object> claims = ((JOSEObject) jwt).getPayload().toJSONObject();
            String exp = claims == null ? null : advice.claims(claims);
            if (exp != null) {
                w.println("exp: " + exp);
            }
            w.println(signature(jwt, inspection));
            JwtVerdicts verdicts = new JwtVerdicts(jwt, cert, clock);
            inspection.refusals().forEach(r -> w.println("problem: " + verdicts.describe(r)));
            advice.findings().forEach(f -> w.println(f.level().name().toLowerCase(Locale.ROOT) + ": " + f.message()));
            boolean problem = !inspection.refusals().isEmpty();
            if (!problem) {
                w.println("No problems found.");
            }
            w.flush();
            return problem ? 1 : 0;
        }

        private String readToken() {
            if (!"-".equals(token)) {
                return token.strip();
            }
            try {
                return new String(stdin.readAllBytes(), StandardCharsets.US_ASCII).strip();
            } catch (IOException e) {
                throw new CliException("cannot read the JWT from stdin: " + e.getMessage());
            }
        }

        private static JWT parse(String text) {
            JWT jwt;
            try {
                jwt = JWTParser.parse(text);
            } catch (ParseException e) {
                throw new CliException("not a JWT (expected header.payload.signature): " + e.getMessage());
            }
            if (jwt instanceof EncryptedJWT) {
                throw new CliException("this is an encrypted JWT (JWE); Salesforce expects a signed JWT (RS256)");
            }
            return jwt;
        }

        private List<RSAPublicKey> keys() {
            if (cert == null) {
                return List.of();
            }
            try {
                X509Certificate certificate = KeyLoader.isKeyStore(cert) ? keyStore.certificate(cert, System::getenv)
                        : CertificateLoader.load(cert);
                return List.of(CertificateLoader.rsaPublicKey(certificate));
            } catch (KeyLoadException e) {
                throw new CliException(e.getMessage());
            }
        }

        private String signature(JWT jwt, Inspection<Void> inspection) {
            if (!(jwt instanceof SignedJWT signed)) {
                return "signature: none";
            }
            if (cert == null) {
                return "signature: not verified (pass --cert server.crt to check it)";
            }
            if (inspection.signatureVerified()) {
                return "signature: valid (" + cert.getFileName() + ")";
            }
            if (has(inspection, AssertionOutcome.SIGNATURE_INVALID)) {
                return "signature: INVALID (does the key match the certificate?)";
            }
            if (has(inspection, AssertionOutcome.ALGORITHM_NOT_ALLOWED)) {
                return "signature: not verified (cannot verify " + signed.getHeader().getAlgorithm()
                        + " with an RSA certificate)";
            }
            return "signature: not verified (see the problems below)";
        }

        private static boolean has(Inspection<?> inspection, AssertionOutcome outcome) {
            return inspection.refusals().stream().anyMatch(r -> r.outcome() == outcome);
        }

        private static String pretty(String json) {
            try {
                return JSON.writeValueAsString(READER.readTree(json));
            } catch (IOException e) {
                return json;
            }
        }
    }
}
