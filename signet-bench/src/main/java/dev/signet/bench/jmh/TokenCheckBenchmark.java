package dev.signet.bench.jmh;

import dev.signet.server.config.CacheConfig;
import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.storage.AppRepository;
import dev.signet.server.storage.Database;
import dev.signet.server.storage.OrgRepository;
import dev.signet.server.storage.TokenRef;
import dev.signet.server.storage.TokenRepository;
import dev.signet.server.storage.UserRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The resource server's token check with the server's own classes on the embedded store (SQLite): SHA-256 of
 * the presented token and a {@link TokenRepository#find} by hash; and the whole per-request
 * session check the REST and identity endpoints do today (token + user + app + org: four queries).
 */
@State(Scope.Benchmark)
public class TokenCheckBenchmark extends BenchmarkDefaults {
    private Path dataDir;
    private Database database;
    private TokenRepository tokens;
    private UserRepository users;
    private AppRepository apps;
    private OrgRepository orgs;
    private List<String> issued;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dataDir = Files.createTempDirectory("signet-bench-jmh");
        issued = TokenFixture.issueTokens(dataDir, 256);
        database = Database.embedded(dataDir, CacheConfig.DEFAULTS.maxAge());
        tokens = new TokenRepository(database.jdbc(), java.time.Clock.systemUTC());
        users = new UserRepository(database.jdbc());
        apps = new AppRepository(database.jdbc());
        orgs = new OrgRepository(database.jdbc());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        database.close();
        TokenFixture.delete(dataDir);
    }

    private String nextToken() {
        next = (next + 1) & (issued.size() - 1);
        return issued.get(next);
    }

    @Benchmark
    public Optional<AccessTokenInfo> hashAndFind() {
        return tokens.find(TokenRef.opaque(nextToken()));
    }

    @Benchmark
    public Object sessionCheck() {
        AccessTokenInfo info = tokens.find(TokenRef.opaque(nextToken())).orElseThrow();
        return List.of(orgs.find().orElseThrow(), users.findById(info.userId()).orElseThrow(),
                apps.findById(info.appId()).orElseThrow());
    }
}
