package dev.signet.cli;

import dev.signet.client.JwtBearerException;
import dev.signet.client.LoginUrls;
import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.KeyLoadException;
import dev.signet.core.keys.PublicKeys;
import dev.signet.core.oauth.TokenResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code signet doctor}: checks a JWT bearer setup step by step and prints each check as PASS,
 * WARN, FAIL or SKIP, with the fix for anything wrong: the key (readable, RSA ≥ 2048 bits), key
 * against certificate, certificate dates, the local clock against the server's {@code Date}, the
 * {@code aud} for the login URL, then a real token exchange whose error comes with its hint. The
 * token itself is never printed. Exit status 1 when a check fails.
 *
 * <p>Related specifications: RFC 7523 §3 (claims) and §3.1 (errors); RFC 9110 §6.6.1
 * ({@code Date}); Salesforce "OAuth 2.0 JWT Bearer Flow".
 */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Check a JWT bearer setup and say what to fix: the key, the key against the certificate, the"
                    + " certificate dates, this machine's clock against the server's, the audience for the login"
                    + " URL, and a real token exchange (the token is not printed)."
        },
        footer = {
            "",
            "Exit status: 0 nothing failed (warnings allowed); 1 a check failed; 2 usage error.",
            "",
            "Example:",
            "  signet doctor --login-url https://login.salesforce.com --client-id 3MVG9... \\",
            "      --username integration@acme.com --key server.key --cert server.crt"
        })
public final class DoctorCommand implements Callable<Integer> {
    static final int MIN_RSA_BITS = 2048;
    static final Duration CLOCK_WARNING = Duration.ofSeconds(30);
    static final Duration CERT_RENEWAL_WARNING = Duration.ofDays(30);

    @Spec
    CommandSpec spec;

    @Mixin
    LoginOptions login;

    @Option(names = "--cert", paramLabel = "FILE",
            description = "The certificate uploaded to the connected app (PEM or DER), to check the key against it.")
    Path certificate;

    private final Function<String, String> env;
    private final Clock clock;
    private final List<Result> results = new ArrayList<>();

    /** The command as {@code ./signet} runs it: real environment, system clock. */
    public DoctorCommand() {
        this(System::getenv, Clock.systemUTC());
    }

    /**
     * A command with its environment and clock injected, for tests (e.g. a clock set off by minutes).
     *
     * @param env looks up environment variables; {@code null} when unset
     */
    public DoctorCommand(Function<String, String> env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    /** Runs the checks and prints them; 1 if any failed. */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("signet doctor: " + login.username + " at " + login.loginUrl);
        PrivateKey key = checkKey();
        X509Certificate cert = checkCertificate(key);
        checkCertificateDates(cert);
        results.add(TlsCheck.check(login.loginUrl, login.caCert, clock));
        checkClock();
        checkAudience();
        checkExchange(key);
        results.forEach(r -> r.print(out));
        long failed = results.stream().filter(r -> r.status() == Status.FAIL).count();
        out.println(summary());
        return failed == 0 ? 0 : 1;
    }

    private PrivateKey checkKey() {
        String name = login.keyName();
        try {
            PrivateKey key = login.loadKey(env);
            if (!(key instanceof RSAKey rsa)) {
                return fail("key", name + " is a " + key.getAlgorithm() + " key; RS256 needs RSA",
                        "make an RSA key and certificate: signet keygen (or openssl genrsa -out server.key 2048)",
                        null);
            }
            int bits = rsa.getModulus().bitLength();
            if (bits < MIN_RSA_BITS) {
                return fail("key", name + " is a " + bits + "-bit RSA key; RS256 needs at least " + MIN_RSA_BITS,
                        "make a 2048-bit key and a new certificate (signet keygen, or openssl genrsa -out server.key"
                                + " 2048) and upload the certificate to the connected app", null);
            }
            add(Status.PASS, "key", name + ": " + bits + "-bit RSA private key", null);
            return key;
        } catch (KeyLoadException | CliException e) {
            return fail("key", e.getMessage(), "check the path and the password (--key-password or "
                    + LoginOptions.KEY_PASSWORD_ENV + "; for a keystore also --store-password and --key-alias);"
                    + " PEM, DER, PKCS#12 and JKS are read", null);
        }
    }

    private X509Certificate checkCertificate(PrivateKey key) {
        if (certificate == null) {
            add(Status.SKIP, "key matches certificate", "no --cert given",
                    "pass --cert with the certificate uploaded to the connected app");
            return null;
        }
        X509Certificate cert;
        try {
            cert = CertificateLoader.load(certificate);
        } catch (KeyLoadException e) {
            return fail("key matches certificate", e.getMessage(), "pass the certificate file (server.crt)", null);
        }
        if (key == null) {
            add(Status.SKIP, "key matches certificate", "the key could not be read", null);
        } else if (PublicKeys.matches(key, cert)) {
            add(Status.PASS, "key matches certificate", login.keyName() + " is the key of " + name(certificate)
                    + " (SHA-256 " + CertificateLoader.sha256Fingerprint(cert) + ")", null);
        } else {
            add(Status.FAIL, "key matches certificate", login.keyName() + " is not the key of " + name(certificate)
                    + ": Salesforce will answer invalid_grant / invalid assertion",
                    "sign with the key the certificate was made from, or make a certificate from this key"
                            + " (openssl req -new -x509 -sha256 -days 365 -key KEY -out server.crt) and upload it"
                            + " to the connected app (Use digital signatures)");
        }
        return cert;
    }

    private void checkCertificateDates(X509Certificate cert) {
        if (cert == null) {
            add(Status.SKIP, "certificate dates", "no certificate", null);
            return;
        }
        Instant now = clock.instant();
        Instant notBefore = cert.getNotBefore().toInstant();
        Instant notAfter = cert.getNotAfter().toInstant();
        String renew = "make a new certificate from the key (openssl req -new -x509 -sha256 -days 365 -key KEY"
                + " -out server.crt), upload it to the connected app, then remove the old one";
        if (now.isBefore(notBefore)) {
            add(Status.WARN, "certificate dates", "not valid before " + notBefore + " (check this machine's clock)",
                    renew);
        } else if (!now.isBefore(notAfter)) {
            add(Status.WARN, "certificate dates", "expired on " + notAfter + "; Salesforce does not check"
                    + " certificate dates in the JWT flow, but the org's certificate reports will flag it", renew);
        } else if (Duration.between(now, notAfter).compareTo(CERT_RENEWAL_WARNING) < 0) {
            add(Status.WARN, "certificate dates", "expires on " + notAfter, renew);
        } else {
            add(Status.PASS, "certificate dates", "valid " + notBefore + " to " + notAfter, null);
        }
    }

    private void checkClock() {
        URI url = URI.create(login.loginUrl);
        try {
            Instant sent = clock.instant();
            var response = login.transport().send("GET", url, Map.of(), null);
            Instant received = clock.instant();
            Instant server = response.date().orElse(null);
            if (server == null) {
                add(Status.SKIP, "clock", "the server sent no Date header", null);
                return;
            }
            // The Date header is the server's clock at some moment of the exchange, cut to the
            // second: compare its middle second with the middle of the exchange here.
            Instant local = sent.plus(Duration.between(sent, received).dividedBy(2));
            report(Duration.between(local, server.plusMillis(500)));
        } catch (IOException | IllegalArgumentException e) {
            add(Status.FAIL, "clock", "cannot reach " + url + ": " + e.getMessage(),
                    "check the login URL and the network (DNS, proxy: -Dhttps.proxyHost, firewall)");
        }
    }

    /** {@code offset} is the server's clock minus this machine's. */
    private void report(Duration offset) {
        long seconds = Math.round(offset.toMillis() / 1000.0);
        String direction = Math.abs(seconds) + " s " + (seconds > 0 ? "behind" : "ahead of") + " the server's";
        String fix = "synchronize the clock with NTP (timedatectl set-ntp true; w32tm /resync); exp is seconds since"
                + " 1970-01-01T00:00:00Z in UTC, whatever the time zone";
        if (offset.compareTo(login.assertionLifetime()) >= 0) {
            add(Status.FAIL, "clock", "this machine's clock is " + direction + ": every assertion's exp ("
                    + login.assertionLifetime().toSeconds() + " s ahead) is already past for the server", fix);
        } else if (offset.abs().compareTo(CLOCK_WARNING) >= 0) {
            add(Status.WARN, "clock", "this machine's clock is " + direction, fix);
        } else {
            add(Status.PASS, "clock", "within " + Math.max(1, Math.abs(seconds)) + " s of the server's Date", null);
        }
    }

    private void checkAudience() {
        results.add(audience(login.loginUrl, login.audience));
    }

    /** Whether {@code audience} (null: the login URL) suits {@code loginUrl}: production/sandbox mix-ups fail. */
    static Result audience(String loginUrl, String audience) {
        String login = loginUrl.trim().replaceAll("/+$", "");
        String aud = audience != null ? audience.trim().replaceAll("/+$", "") : login;
        Kind loginKind = Kind.of(login);
        Kind audKind = Kind.of(aud);
        String check = "audience";
        if (!aud.startsWith("https://") && !aud.startsWith("http://")) {
            return new Result(Status.FAIL, check, "aud " + aud + " is not a URL", "use the login URL, e.g. "
                    + LoginUrls.PRODUCTION);
        }
        if (loginKind == Kind.SANDBOX && audKind == Kind.PRODUCTION) {
            return new Result(Status.FAIL, check, "aud " + aud + " is the production audience, but " + login
                    + " is a sandbox login URL", "use --audience " + LoginUrls.SANDBOX + " (or leave it out)");
        }
        if (loginKind.isProduction() && audKind == Kind.SANDBOX) {
            return new Result(Status.FAIL, check, "aud " + aud + " is the sandbox audience, but " + login
                    + " is a production login URL", "use --audience " + LoginUrls.PRODUCTION + " (or leave it out)");
        }
        if (aud.equalsIgnoreCase(login) || (loginKind == Kind.MY_DOMAIN && audKind == Kind.PRODUCTION)) {
            return new Result(Status.PASS, check, "aud " + aud + " suits " + login, null);
        }
        return new Result(Status.WARN, check, "aud " + aud + " differs from the login URL " + login,
                "leave --audience out unless the server is configured to accept " + aud);
    }

    private void checkExchange(PrivateKey key) {
        if (key == null) {
            add(Status.SKIP, "token exchange", "no usable key", null);
            return;
        }
        try {
            TokenResponse token = login.clientBuilder(key).clock(clock).build().requestToken();
            add(Status.PASS, "token exchange", "access token issued (not shown): instance_url " + token.instanceUrl()
                    + ", scope " + token.scope(), null);
        } catch (JwtBearerException e) {
            add(Status.FAIL, "token exchange", e.getMessage(), e.hint());
        } catch (IllegalArgumentException | IllegalStateException e) {
            add(Status.FAIL, "token exchange", e.getMessage(), "fix the option named in the message");
        }
    }

    private String summary() {
        Map<Status, Long> counts = new java.util.EnumMap<>(Status.class);
        results.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + " " + status.name().toLowerCase(Locale.ROOT)));
        return String.join(", ", parts);
    }

    private <T> T fail(String check, String detail, String fix, T value) {
        add(Status.FAIL, check, detail, fix);
        return value;
    }

    private void add(Status status, String check, String detail, String fix) {
        results.add(new Result(status, check, detail, fix));
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The outcome of one check. */
    enum Status {
        PASS,
        WARN,
        FAIL,
        SKIP
    }

    /** One printed check: {@code [FAIL] name: detail} and an indented {@code fix:} line. */
    record Result(Status status, String check, String detail, String fix) {
        void print(PrintWriter out) {
            out.println("[" + status + "] " + check + ": " + detail);
            if (fix != null && status != Status.PASS) {
                out.println("       fix: " + fix);
            }
        }
    }

    /** What a login URL or audience is, for the production/sandbox check. */
    private enum Kind {
        PRODUCTION,
        SANDBOX,
        MY_DOMAIN,
        OTHER;

        static Kind of(String url) {
            String host;
            try {
                host = URI.create(url).getHost();
            } catch (IllegalArgumentException e) {
                return OTHER;
            }
            host = host == null ? "" : host.toLowerCase(Locale.ROOT);
            if (host.equals("login.salesforce.com")) {
                return PRODUCTION;
            }
            if (host.equals("test.salesforce.com") || host.endsWith(".sandbox.my.salesforce.com")) {
                return SANDBOX;
            }
            return host.endsWith(".my.salesforce.com") ? MY_DOMAIN : OTHER;
        }

        boolean isProduction() {
            return this == PRODUCTION || this == MY_DOMAIN;
        }
    }
}
