package dev.signet.cli;

import dev.signet.client.JdkHttpTransport;
import dev.signet.client.JwtBearerClient;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that say how to log in, shared by {@code token}, {@code doctor} and {@code api} as
 * a picocli mixin: login URL, consumer key, username, the key ({@link KeyOptions}: file or
 * environment variable, keystore alias and passwords), audience, {@code --allow-http}, {@code --ca-cert}.
 */
public final class LoginOptions {
    /** Environment variable read when {@code --key-password} is not given. */
    static final String KEY_PASSWORD_ENV = KeyOptions.KEY_PASSWORD_ENV;

    @Option(names = "--login-url", required = true, paramLabel = "URL", description = "Login URL:"
            + " https://login.salesforce.com (production), https://test.salesforce.com (sandbox),"
            + " https://NAME.my.salesforce.com (My Domain), or any RFC 7523 server's base URL.")
    String loginUrl;

    @Option(names = "--client-id", required = true, paramLabel = "KEY",
            description = "Consumer key of the connected app (the iss claim).")
    String clientId;

    @Option(names = "--username", required = true, paramLabel = "USERNAME",
            description = "Username to log in as (the sub claim).")
    String username;

    @Mixin
    KeyOptions key;

    @Option(names = "--audience", paramLabel = "AUD",
            description = "The aud claim. Default: the login URL without trailing slash.")
    String audience;

    @Option(names = "--allow-http", description = "Allow a plain http:// login URL on a host other than"
            + " localhost; the token then travels unencrypted.")
    boolean allowHttp;

    @Option(names = "--ca-cert", paramLabel = "FILE", description = "Also trust the CA certificate(s) in this PEM"
            + " file: a private CA, or a server's development certificate (./signet keygen --tls).")
    Path caCert;

    private JdkHttpTransport transport;

    /** The HTTP transport of these options: the shared one, or one trusting {@code --ca-cert}. */
    JdkHttpTransport transport() {
        if (transport == null) {
            try {
                transport = caCert == null ? JdkHttpTransport.shared() : JdkHttpTransport.trusting(caCert);
            } catch (IllegalArgumentException e) {
                throw new CliException("--ca-cert " + e.getMessage());
            }
        }
        return transport;
    }

    /** The key's file name, or {@code $VARIABLE}, for messages. */
    String keyName() {
        return key.keyName();
    }

    Duration assertionLifetime() {
        return JwtBearerClient.DEFAULT_ASSERTION_LIFETIME;
    }

    /**
     * Loads the key ({@link KeyOptions#load}).
     *
     * @param env looks up environment variables; {@code null} when unset
     */
    PrivateKey loadKey(Function<String, String> env) {
        return key.load(env);
    }

    /** A client builder with these options and {@code privateKey}. */
    JwtBearerClient.Builder clientBuilder(PrivateKey privateKey) {
        JwtBearerClient.Builder builder = JwtBearerClient.builder()
                .loginUrl(loginUrl)
                .clientId(clientId)
                .username(username)
                .privateKey(privateKey)
                .transport(transport());
        if (audience != null) {
            builder.audience(audience);
        }
        if (allowHttp) {
            builder.allowInsecureHttp();
        }
        return builder;
    }
}
