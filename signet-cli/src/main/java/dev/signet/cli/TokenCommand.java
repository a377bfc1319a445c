package dev.signet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.client.JwtBearerClient;
import dev.signet.client.JwtBearerException;
import dev.signet.core.oauth.TokenResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code signet token}: mints a JWT bearer assertion with {@link JwtBearerClient}, exchanges it
 * for an access token and prints the response, with the token redacted unless
 * {@code --show-token} is given. A refused request prints {@code error:} and {@code hint:} lines
 * to stderr and exits with 1.
 *
 * <p>Related specifications: RFC 7523 §2.1; Salesforce "OAuth 2.0 JWT Bearer Flow".
 */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        modelTransformer = TokenCommand.Wording.class,
        description = {
            "Get an access token with the OAuth 2.0 JWT bearer flow: sign an assertion (iss = consumer key,"
                    + " sub = username, aud = login URL) with your private key and exchange it at"
                    + " <login URL>/services/oauth2/token.",
            "The access token is redacted unless --show-token is given."
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  " + LoginOptions.KEY_PASSWORD_ENV + "    password of the key when --key-password is not given",
            "  " + KeyOptions.STORE_PASSWORD_ENV + "  password of the keystore when --store-password is not given",
            "",
            "Exit status: 0 token printed; 1 request refused or failed (see the hint: line);",
            "2 usage error.",
            "",
            "Examples:",
            "  signet token --login-url https://login.salesforce.com \\",
            "      --client-id 3MVG9... --username integration@acme.com --key server.key",
            "  signet token --login-url http://127.0.0.1:8080 --client-id KEY \\",
            "      --username u@acme.com --key-env SIGNET_PRIVATE_KEY --json --show-token",
            "  signet token --login-url https://login.salesforce.com --client-id 3MVG9... \\",
            "      --username integration@acme.com --key abc.jks --key-alias 1 --store-password --key-password"
        })
public final class TokenCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ORG_ID_LENGTH = 15;

    @Spec
    CommandSpec spec;

    @Mixin
    LoginOptions login;

    @Option(names = "--json", description = "Print the token response as JSON (access_token redacted unless"
            + " --show-token).")
    boolean json;

    @Option(names = "--show-token", description = "Print the full access token.")
    boolean showToken;

    @Option(names = "--field", paramLabel = "NAME",
            description = "Print only this field of the response (access_token, instance_url, id, scope, token_type),"
                    + " for scripts: TOKEN=$(./signet token … --field access_token).")
    String field;

    private final Function<String, String> env;

    /** The command as {@code ./signet} runs it, reading the real environment. */
    public TokenCommand() {
        this(System::getenv);
    }

    /**
     * A command reading the environment through {@code env}, for tests.
     *
     * @param env looks up an environment variable; returns {@code null} when it is not set
     */
    public TokenCommand(Function<String, String> env) {
        this.env = env;
    }

    /** Gets the token and prints it; 0 on success, 1 when the server refuses or cannot be reached. */
    @Override
    public Integer call() {
        JwtBearerClient client;
        try {
            client = login.clientBuilder(login.loadKey(env)).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CliException(e.getMessage());
        }
        try {
            TokenResponse token = client.requestToken();
            spec.commandLine().getOut().println(field != null ? field(token, field)
                    : json ? toJson(token, showToken) : summary(token, showToken));
            return 0;
        } catch (JwtBearerException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.commandLine().getColorScheme().errorText("error: " + e.getMessage()));
            err.println("hint: " + e.hint());
            return 1;
        }
    }

    /** One field of the response; asking for it by name is asking to see it, the token included. */
    static String field(TokenResponse token, String name) {
        return switch (name) {
            case "access_token" -> token.accessToken();
            case "instance_url" -> token.instanceUrl();
            case "id" -> token.id();
            case "scope" -> token.scope();
            case "token_type" -> token.tokenType();
            default -> throw new CliException("unknown --field " + name
                    + ": use access_token, instance_url, id, scope or token_type", 2);
        };
    }

    /** The human summary; the token shows only its org ID prefix unless {@code showToken}. */
    static String summary(TokenResponse token, boolean showToken) {
        StringBuilder out = new StringBuilder();
        line(out, "instance_url", token.instanceUrl());
        line(out, "id", token.id());
        line(out, "scope", token.scope());
        line(out, "token_type", token.tokenType());
        line(out, "access_token", showToken ? token.accessToken()
                : redact(token.accessToken()) + " (use --show-token to print it)");
        return out.toString().stripTrailing();
    }

    /** The token response JSON; {@code access_token} redacted unless {@code showToken}. */
    static String toJson(TokenResponse token, boolean showToken) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(token.toJson());
            if (!showToken) {
                node.put("access_token", redact(token.accessToken()));
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 00Dxx0000001gPL!…} for a Salesforce-style token; nothing of any other token. */
    static String redact(String accessToken) {
        boolean orgPrefixed = accessToken.length() > ORG_ID_LENGTH + 1 && accessToken.charAt(ORG_ID_LENGTH) == '!';
        return orgPrefixed ? accessToken.substring(0, ORG_ID_LENGTH) + "!…" : "<redacted>";
    }

    /** {@code token}'s own help text for two of the {@link LoginOptions}. */
    static final class Wording implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            describe(command, "--login-url", "Login URL: https://login.salesforce.com (production),"
                    + " https://test.salesforce.com (sandbox), https://NAME.my.salesforce.com (My Domain) or a"
                    + " Signet server's base URL.");
            describe(command, "--username", "Username to get the token for (the sub claim).");
            return command;
        }

        private static void describe(CommandSpec command, String name, String description) {
            OptionSpec option = command.findOption(name);
            command.remove(option);
            command.addOption(option.toBuilder().description(description).build());
        }
    }

    private static void line(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(String.format("%-13s %s%n", name, value));
        }
    }
}
