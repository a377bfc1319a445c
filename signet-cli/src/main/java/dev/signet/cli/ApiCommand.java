package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.client.HttpResult;
import dev.signet.client.JwtBearerClient;
import dev.signet.client.JwtBearerException;
import dev.signet.client.RetryPolicy;
import dev.signet.client.SalesforceApi;
import dev.signet.client.TokenSource;
import dev.signet.core.oauth.TokenResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code signet api METHOD PATH}: calls the REST API of the org with a JWT bearer token, curl-like,
 * for scripts. The body goes to stdout; a status other than 2xx exits with 1 and an {@code error:}
 * line on stderr. The token is cached in a file (owner-only) below {@code ~/.signet/tokens}, so
 * successive calls log in once per session lifetime; a 401 {@code INVALID_SESSION_ID} re-mints
 * once. {@code --no-token-cache} keeps it in memory only.
 *
 * <p>Related specifications: RFC 6750 §2.1; RFC 7523 §2.1; Salesforce REST API Developer Guide.
 */
@Command(
        name = "api",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Call the org's REST API with a JWT bearer token (cached between calls), like curl: the response"
                    + " body goes to stdout.",
            "PATH is taken below the token's instance_url (/services/data/v62.0/sobjects), or below"
                    + " /services/data/vVERSION/ without a leading slash (sobjects/Account/describe)."
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  " + ApiCommand.CACHE_DIR_ENV + "     directory of the token cache (default ~/.signet/tokens)",
            "  " + LoginOptions.KEY_PASSWORD_ENV + "    password of the key when --key-password is not given",
            "  " + KeyOptions.STORE_PASSWORD_ENV + "  password of the keystore when --store-password is not given",
            "",
            "Exit status: 0 HTTP 2xx; 1 any other status, or no token (see the hint: line); 2 usage error.",
            "",
            "Examples:",
            "  signet api GET /services/data/v62.0/sobjects --login-url https://login.salesforce.com \\",
            "      --client-id 3MVG9... --username integration@acme.com --key server.key",
            "  signet api PATCH sobjects/Account/001xx000003DGb2 -d '{\"Name\":\"Acme\"}' ...",
            "  signet api POST sobjects/Contact -d @contact.json ..."
        })
public final class ApiCommand implements Callable<Integer> {
    static final String CACHE_DIR_ENV = "SIGNET_TOKEN_CACHE";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "METHOD", description = "GET, POST, PATCH, PUT, DELETE or HEAD.")
    String method;

    @Parameters(index = "1", paramLabel = "PATH", description = "API path or URL on the instance.")
    String path;

    @Mixin
    LoginOptions login;

    @Option(names = {"-d", "--data"}, paramLabel = "BODY",
            description = "Request body (JSON); @FILE reads a file, @- reads stdin.")
    String data;

    @Option(names = {"-H", "--header"}, paramLabel = "NAME:VALUE", description = "Extra request header.")
    List<String> headers = List.of();

    @Option(names = {"-i", "--include"}, description = "Print the status line and response headers first.")
    boolean include;

    @Option(names = "--api-version", paramLabel = "VERSION", defaultValue = SalesforceApi.DEFAULT_API_VERSION,
            description = "Version for paths without a leading slash. Default: ${DEFAULT-VALUE}.")
    String apiVersion;

    @Option(names = "--session-lifetime", paramLabel = "MINUTES", defaultValue = "15",
            description = "How long a token lasts when the server sends no expires_in (Salesforce: the session"
                    + " timeout). Default: ${DEFAULT-VALUE}.")
    int sessionMinutes;

    @Option(names = "--no-token-cache", description = "Do not read or write the token cache file.")
    boolean noTokenCache;

    private final Function<String, String> env;
    private final Supplier<InputStream> stdin;
    private final Clock clock;

    /** The command as {@code ./signet} runs it. */
    public ApiCommand() {
        this(System::getenv, () -> System.in, Clock.systemUTC());
    }

    /**
     * A command with its environment, standard input and clock injected, for tests.
     *
     * @param env looks up environment variables; {@code null} when unset
     */
    public ApiCommand(Function<String, String> env, Supplier<InputStream> stdin, Clock clock) {
        this.env = env;
        this.stdin = stdin;
        this.clock = clock;
    }

    /** Sends the request and prints the response; 0 for 2xx. */
    @Override
    public Integer call() {
        if (sessionMinutes < 1) {
            throw new CliException("--session-lifetime must be at least 1 minute", 2);
        }
        JwtBearerClient client = newClient();
        TokenSource tokens = noTokenCache ? client.cachingTokenSource() : new FileTokenCache(cacheFile(client),
                client::requestToken, clock, Duration.ofMinutes(sessionMinutes));
        SalesforceApi api = SalesforceApi.builder(tokens).apiVersion(apiVersion).transport(login.transport()).build();
        try {
            HttpResult result = api.send(method, path, parseHeaders(), body());
            print(result);
            if (!result.isSuccess()) {
                spec.commandLine().getErr().println(spec.commandLine().getColorScheme().errorText("error: HTTP "
                        + result.status() + " from " + method.toUpperCase(java.util.Locale.ROOT) + " " + path));
                return 1;
            }
            return 0;
        } catch (JwtBearerException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.commandLine().getColorScheme().errorText("error: " + e.getMessage()));
            err.println("hint: " + e.hint());
            return 1;
        } catch (UncheckedIOException e) {
            throw new CliException(e.getMessage());
        }
    }

    private JwtBearerClient newClient() {
        try {
            return login.clientBuilder(login.loadKey(env)).clock(clock).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CliException(e.getMessage());
        }
    }

    private void print(HttpResult result) {
        PrintWriter out = spec.commandLine().getOut();
        if (include) {
            out.println("HTTP " + result.status());
            result.headers().forEach((name, values) -> values.forEach(v -> out.println(name + ": " + v)));
            out.println();
        }
        out.print(result.body());
        if (!result.body().isEmpty() && !result.body().endsWith("\n")) {
            out.println();
        }
        out.flush();
    }

    private Map<String, String> parseHeaders() {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String header : headers) {
            int colon = header.indexOf(':');
            if (colon < 1) {
                throw new CliException("--header must look like 'Name: value', got '" + header + "'", 2);
            }
            parsed.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        return parsed;
    }

    private String body() {
        if (data == null || !data.startsWith("@")) {
            return data;
        }
        try {
            if (data.equals("@-")) {
                return new String(stdin.get().readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(data.substring(1)));
        } catch (IOException e) {
            throw new CliException("cannot read --data " + data + ": " + e.getMessage());
        }
    }

    /** {@code DIR/<sha-256 of endpoint, audience, client id, username>.json}. */
    private Path cacheFile(JwtBearerClient client) {
        String dir = env.apply(CACHE_DIR_ENV);
        Path base = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".signet", "tokens");
        String identity = String.join("\n", client.tokenEndpoint().toString(), client.audience(), client.clientId(),
                client.username());
        return base.resolve(sha256(identity).substring(0, 32) + ".json");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token source backed by an owner-only file, so that separate runs share a token. The file
     * holds the token response and when it was obtained; a token is used until its lifetime
     * ({@code expires_in}, else the session lifetime) minus a minute has passed.
     */
    static final class FileTokenCache implements TokenSource {
        private static final Duration MARGIN = Duration.ofMinutes(1);
        private final Path file;
        private final TokenSource mint;
        private final Clock clock;
        private final Duration sessionLifetime;

        FileTokenCache(Path file, TokenSource mint, Clock clock, Duration sessionLifetime) {
            this.file = file;
            this.mint = mint;
            this.clock = clock;
            this.sessionLifetime = sessionLifetime;
        }

        @Override
        public TokenResponse token() {
            TokenResponse cached = read();
            if (cached != null) {
                return cached;
            }
            Instant obtained = clock.instant();
            TokenResponse token = RetryPolicy.defaults().call(mint);
            write(token, obtained);
            return token;
        }

        @Override
        public void invalidate(TokenResponse rejected) {
            TokenResponse cached = read();
            if (cached != null && cached.accessToken().equals(rejected.accessToken())) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new CliException("cannot delete the token cache " + file + ": " + e.getMessage());
                }
            }
        }

        private TokenResponse read() {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try {
                JsonNode node = JSON.readTree(file.toFile());
                TokenResponse token = TokenResponse.parse(node.get("token").toString());
                Instant obtained = Instant.ofEpochSecond(node.get("obtained_at").asLong());
                Duration lifetime = token.expiresIn() != null ? Duration.ofSeconds(token.expiresIn()) : sessionLifetime;
                Duration margin = MARGIN.compareTo(lifetime.dividedBy(4)) < 0 ? MARGIN : lifetime.dividedBy(4);
                return clock.instant().isBefore(obtained.plus(lifetime).minus(margin)) ? token : null;
            } catch (IOException | RuntimeException e) {
                return null; // unreadable or from another version: mint a new one
            }
        }

        private void write(TokenResponse token, Instant obtained) {
            try {
                Path dir = file.toAbsolutePath().getParent();
                boolean posix = Files.getFileStore(Files.createDirectories(dir))
                        .supportsFileAttributeView(PosixFileAttributeView.class);
                if (posix) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
                Path temp = posix ? Files.createTempFile(dir, "token", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createTempFile(dir, "token", ".tmp");
                ObjectNode node = JSON.createObjectNode().put("obtained_at", obtained.getEpochSecond());
                node.set("token", JSON.readTree(token.toJson()));
                Files.writeString(temp, node.toString());
                move(temp);
            } catch (IOException e) {
                throw new CliException("cannot write the token cache " + file + ": " + e.getMessage()
                        + " (set " + CACHE_DIR_ENV + " or pass --no-token-cache)");
            }
        }

        private void move(Path temp) throws IOException {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public String toString() {
            return "FileTokenCache[" + file + "]";
        }
    }
}
