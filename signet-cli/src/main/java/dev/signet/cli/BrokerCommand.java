package dev.signet.cli;

import dev.signet.cli.broker.BrokerConfig;
import dev.signet.cli.broker.TokenBroker;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code signet broker --config broker.yaml}: runs the {@link TokenBroker} until interrupted
 * (Ctrl-C, SIGTERM); {@code signet broker keys ...} manages the keys it signs with.
 *
 * <p>Related specifications: RFC 7523 §2.1.
 */
@Command(
        name = "broker",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = BrokerKeysCommand.class,
        description = {
            "Run a callout gateway that holds the private keys, as Salesforce's Named Credentials with the JWT"
                    + " token exchange: a caller sends ANY " + TokenBroker.CALLOUT_PATH + "NAME/PATH with its API key;"
                    + " the broker gets a token for the named credential NAME (JWT bearer, RFC 7523), adds it and"
                    + " streams the request to the credential's URL + PATH and the answer back. Callers never see a"
                    + " key or a token.",
            "For callers that must hold the token, POST " + TokenBroker.PATH + " with {\"sub\": \"user@acme.com\"}"
                    + " answers the token response (when the config has loginUrl, clientId, key and subjects).",
            "Callers are recognized by API key; each may use only the named credentials it lists. Tokens are"
                    + " cached per credential and user until shortly before they expire, and replaced once when the"
                    + " target answers 401 INVALID_SESSION_ID.",
            "The broker speaks plain HTTP: keep it on loopback or put TLS in front of it."
        },
        footer = {
            "",
            "Config (YAML or JSON): host, port, keyStore, callers: [{name, apiKeySha256 | apiKeyEnv, credentials}],",
            "namedCredentials: [{name, url, protocol, tokenEndpoint, issuer, subject | subjects, audience, scopes,",
            "assertionLifetimeSeconds, signingKey, timeoutSeconds, maxBodyBytes, sessionLifetimeMinutes, allowHttp}];",
            "for " + TokenBroker.PATH + ": loginUrl, clientId, key | keyEnv, keyAlias, storePasswordEnv,",
            "keyPasswordEnv, audience, sessionLifetimeMinutes, allowHttp, subjects: [...]",
            "",
            "Examples:",
            "  signet broker keys import --config broker.yaml --name orga_cert --key abc.jks --key-alias 1 \\",
            "      --store-password --key-password",
            "  signet broker --config broker.yaml",
            "  curl -s -H \"Authorization: Bearer $API_KEY\" \\",
            "      'http://127.0.0.1:8089/callout/OrgB/services/data/v62.0/query?q=SELECT+Name+FROM+Account'",
            "  curl -s -H \"Authorization: Bearer $API_KEY\" -d '{\"sub\":\"integration@acme.com\"}' \\",
            "      http://127.0.0.1:8089" + TokenBroker.PATH
        })
public final class BrokerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // not required by picocli: "broker keys list --config ..." must parse without it here
    @Option(names = "--config", paramLabel = "FILE", description = "The broker configuration (required).")
    Path config;

    @Option(names = "--port", paramLabel = "PORT", description = "Listen on this port instead of the config's.")
    Integer port;

    private final Function<String, String> env;

    /** The command as {@code ./signet} runs it, reading the real environment. */
    public BrokerCommand() {
        this(System::getenv);
    }

    /**
     * A command reading the environment through {@code env}, for tests.
     *
     * @param env looks up environment variables; {@code null} when unset
     */
    public BrokerCommand(Function<String, String> env) {
        this.env = env;
    }

    /** The environment lookup, shared with the {@code keys} subcommands. */
    Function<String, String> env() {
        return env;
    }

    /** Starts the broker and waits until the JVM shuts down. */
    @Override
    public Integer call() throws InterruptedException {
        TokenBroker broker = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "signet-broker-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("signet broker listening on " + broker.url());
        out.flush();
        stopped.await();
        return 0;
    }

    /** Loads the config and starts the broker; exposed for tests. */
    TokenBroker start() {
        if (config == null) {
            throw new CliException("Missing required option: '--config=FILE'", 2);
        }
        try {
            BrokerConfig loaded = BrokerConfig.load(config);
            return TokenBroker.start(port == null ? loaded : loaded.withPort(port), env, Clock.systemUTC());
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new CliException(e.getMessage());
        }
    }
}
