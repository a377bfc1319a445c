package dev.signet.server.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

/**
 * The migrations Flyway runs, named in {@code db/migrations.txt} rather than found by listing the
 * class path: in the CLI's single jar that listing walks over twenty thousand entries, a tenth of a
 * start (docs/memory-and-startup.md). {@code MigrationFilesTest} checks that the list names every
 * file in {@code db/migration}, so a new migration cannot be left out.
 */
final class MigrationFiles implements ResourceProvider {
    static final String DIRECTORY = "db/migration";
    static final String INDEX = "db/migrations.txt";
    private static final Location LOCATION = new Location("classpath:" + DIRECTORY);

    private final ClassLoader loader = MigrationFiles.class.getClassLoader();
    private final List<String> names;

    private MigrationFiles(List<String> names) {
        this.names = names;
    }

    /** The listed migrations, or null when the index is missing (Flyway then lists the class path itself). */
    static MigrationFiles listed() {
        List<String> names = read();
        return names == null ? null : new MigrationFiles(names);
    }

    static List<String> read() {
        try (InputStream in = MigrationFiles.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return null;
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        ClassPathResource resource = resource(name);
        return resource.exists() ? resource : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return names.stream()
                .filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                .map(name -> (LoadableResource) resource(name))
                .toList();
    }

    private ClassPathResource resource(String name) {
        return new ClassPathResource(LOCATION, DIRECTORY + "/" + name, loader, StandardCharsets.UTF_8);
    }
}
