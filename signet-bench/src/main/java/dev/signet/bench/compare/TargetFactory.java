package dev.signet.bench.compare;

import dev.signet.bench.target.KeycloakTarget;
import dev.signet.bench.target.MintBudget;
import dev.signet.bench.target.NavMockTarget;
import dev.signet.bench.target.PostgresDatabase;
import dev.signet.bench.target.SignetClusterTarget;
import dev.signet.bench.target.SignetTarget;
import dev.signet.bench.target.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Creates a target by id, with what it needs from the options; finds the peers' installs. */
public record TargetFactory(CompareOptions options, MintBudget budget, BenchKeys keys, Path signetJar) {

    /** Whether the target needs a throwaway PostgreSQL database. */
    static boolean usesPostgres(String id) {
        return id.equals("signet-pg") || id.equals("signet-cluster");
    }

    /** @param database the throwaway PostgreSQL database if {@link #usesPostgres}, else null */
    Target create(String id, PostgresDatabase database) {
        return switch (id) {
            case "signet-sqlite" -> signet("Signet (SQLite)", id, null, "sqlite");
            case "signet-h2" -> signet("Signet (H2)", id, null, "h2");
            case "signet-pg" -> signet("Signet (PostgreSQL)", id, database, null);
            case "signet-cluster" -> cluster(id, database);
            case "nav-mock" -> nav();
            case "keycloak" -> new KeycloakTarget(new KeycloakTarget.Options(peer("keycloak-"), options.jdk21Home(),
                    options.workDir(), budget, keys.publicKeyBase64()));
            default -> throw new IllegalArgumentException("unknown target " + id);
        };
    }

    /** @param embedded {@code sqlite} or {@code h2} where {@code database} is null */
    private Target signet(String name, String id, PostgresDatabase database, String embedded) {
        List<String> jvm = new ArrayList<>(options.signetJvmArgs());
        if (options.jfr()) {
            jvm.add("-XX:StartFlightRecording=filename=" + jfrFile(options.workDir(), id) + ",settings=profile,dumponexit=true"
                    + ",jdk.ExecutionSample#period=1ms"); // profile samples every 10 ms: too few on 2 cores
        }
        return new SignetTarget(new SignetTarget.Options(name, signetJar, javaBin(), jvm, database,
                embedded, options.h2UrlOptions(), options.workDir().resolve(id), budget, keys.certificatePem()));
    }

    private Target cluster(String id, PostgresDatabase database) {
        int nodes = options.clusterNodes();
        String name = "Signet (" + nodes + (nodes == 1 ? " node" : " nodes") + ", PostgreSQL, HAProxy)";
        return new SignetClusterTarget(new SignetClusterTarget.Options(name, nodes, signetJar, javaBin(),
                options.signetJvmArgs(), database, options.workDir().resolve(id), budget, keys.certificatePem()));
    }

    /** Where {@code --jfr} records a Signet target. */
    public static Path jfrFile(Path workDir, String targetId) {
        return workDir.resolve(targetId + ".jfr").toAbsolutePath();
    }

    private Target nav() {
        Path lib = peer("mock-oauth2-server-");
        String version = lib.getFileName().toString().substring("mock-oauth2-server-".length());
        return new NavMockTarget(new NavMockTarget.Options(lib, version, javaBin(), options.navHttpServer(),
                options.workDir(), budget));
    }

    private Path peer(String prefix) {
        return findPeer(options.peersDir(), prefix).orElseThrow(() -> new IllegalStateException("no " + prefix
                + "* under " + options.peersDir() + ": run ./mvnw -q -f signet-bench/peers/pom.xml generate-resources"));
    }

    static Optional<Path> findPeer(Path peersDir, String prefix) {
        if (!Files.isDirectory(peersDir)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(peersDir)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p))
                    .max(Path::compareTo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java running the bench: Signet and the mock run on it too. */
    static String javaBin() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
