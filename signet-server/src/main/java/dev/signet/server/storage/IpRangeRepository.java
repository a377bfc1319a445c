package dev.signet.server.storage;

import dev.signet.server.model.LoginIpRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Profiles' Login IP Ranges. */
public final class IpRangeRepository {
    private static final String COLUMNS = "profile, start_address, end_address, description, created_at";
    private final Jdbc jdbc;
    private final StateCache<String, List<LoginIpRange>> byProfile;

    public IpRangeRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.byProfile = new StateCache<>(jdbc);
    }

    public void insert(LoginIpRange range) {
        jdbc.update("insert into profile_ip_range (" + COLUMNS + ") values (?, ?, ?, ?, ?)", range.profile(),
                range.start(), range.end(), range.description(), range.createdAt());
    }

    /** Removes a range; true if it existed. */
    public boolean delete(String profile, String start, String end) {
        return jdbc.update("delete from profile_ip_range where profile = ? and start_address = ? and end_address = ?",
                profile, start, end) == 1;
    }

    public List<LoginIpRange> findAll() {
        return jdbc.query("select " + COLUMNS + " from profile_ip_range order by profile, created_at",
                IpRangeRepository::map);
    }

    /** The profile's ranges (cached until the next write; see {@link DirectoryChanges}). */
    public List<LoginIpRange> findByProfile(String profile) {
        return byProfile.get(profile, key -> Optional.of(List.copyOf(jdbc.query(
                "select " + COLUMNS + " from profile_ip_range where profile = ? order by created_at",
                IpRangeRepository::map, key)))).orElseThrow();
    }

    private static LoginIpRange map(ResultSet rs) throws SQLException {
        return new LoginIpRange(rs.getString("profile"), rs.getString("start_address"), rs.getString("end_address"),
                rs.getString("description"), Jdbc.instant(rs, "created_at"));
    }
}
