package dev.signet.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.config.ServerConfig;
import dev.signet.server.storage.PostgresDatabases;
import java.util.function.UnaryOperator;

/** Where a contract test's server keeps its data: embedded H2, or a throw-away PostgreSQL database. */
public interface ServerDatabase {
    TestServer start(UnaryOperator<ServerConfig.Builder> customize);

    /** Called once the server has stopped. */
    void cleanUp();

    static ServerDatabase h2() {
        return new ServerDatabase() {
            @Override
            public TestServer start(UnaryOperator<ServerConfig.Builder> customize) {
                TestServer server = TestServer.start(customize);
                assertThat(server.server().databaseKind()).isEqualTo("h2");
                return server;
            }

            @Override
            public void cleanUp() {}
        };
    }

    /** Skips the test class where no PostgreSQL is reachable (except under CI). */
    static ServerDatabase postgres() {
        return new ServerDatabase() {
            private String url;

            @Override
            public TestServer start(UnaryOperator<ServerConfig.Builder> customize) {
                url = PostgresDatabases.create();
                TestServer server = TestServer.start(b -> customize.apply(b.dbUrl(url).dbUser(PostgresDatabases.USER)));
                assertThat(server.server().databaseKind()).isEqualTo("postgresql");
                return server;
            }

            @Override
            public void cleanUp() {
                if (url != null) {
                    PostgresDatabases.drop(url);
                }
            }
        };
    }
}
