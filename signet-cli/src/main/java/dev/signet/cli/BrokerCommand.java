package dev.signet.cli;

import dev.signet.cli.broker.BrokerConfig;
import dev.signet.cli.broker.TokenBroker;
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
 * (Ctrl-C, SIGTERM).
 *
 * <p>Related specifications: RFC 7523 §2.1.
 */
@Command(
        name = "broker",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run a token broker: it holds the private key and hands out access tokens to internal callers that"
                    + " must not hold it. POST " + TokenBroker.PATH + " with {\"sub\": \"user@acme.com\"} and"
                    + " 'Authorization: Bearer API_KEY' answers the token response.",
            "Callers are recognized by API key; only subjects on the config's allow-list are minted for; each"
                    + " subject's token is cached until shortly before it expires.",
            "The broker speaks plain HTTP: keep it on loopback or put TLS in front of it."
        },
        footer = {
            "",
            "Config (YAML or JSON): host, port, loginUrl, clientId, key | keyEnv, keyPasswordEnv, audience,",
            "sessionLifetimeMinutes, allowHttp, callers: [{name, apiKeySha256 | apiKeyEnv}], subjects: [...]",
            "",
            "Example:",
            "  signet broker --config broker.yaml",
            "  curl -s -H \"Authorization: Bearer $KEY\" -d '{\"sub\":\"integration@acme.com\"}' \\",
            "      http://127.0.0.1:8089" + TokenBroker.PATH
        })
public final class BrokerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The broker configuration.")
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

    /** Starts the broker and waits until the JVM shuts down. */
    @Override
    public Integer call() throws InterruptedException {
        TokenBroker broker = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "signet-broker-shutdown"));
        spec.commandLine().getOut().println("signet broker listening on " + broker.url() + TokenBroker.PATH);
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    /** Loads the config and starts the broker; exposed for tests. */
    TokenBroker start() {
        try {
            BrokerConfig loaded = BrokerConfig.load(config);
            if (port != null) {
                loaded = new BrokerConfig(loaded.host(), port, loaded.loginUrl(), loaded.clientId(), loaded.key(),
                        loaded.keyEnv(), loaded.keyPasswordEnv(), loaded.audience(), loaded.sessionLifetimeMinutes(),
                        loaded.allowHttp(), loaded.callers(), loaded.subjects());
            }
            return TokenBroker.start(loaded, env, Clock.systemUTC());
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new CliException(e.getMessage());
        }
    }
}
