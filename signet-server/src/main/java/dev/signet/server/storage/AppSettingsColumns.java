package dev.signet.server.storage;

import dev.signet.server.model.AppSettings;
import dev.signet.server.model.IpRelaxation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Maps {@link AppSettings} to and from the {@code connected_app} columns added by V4. */
final class AppSettingsColumns {
    private AppSettingsColumns() {}

    static AppSettings read(ResultSet rs) throws SQLException {
        String urls = rs.getString("callback_urls");
        List<String> callbackUrls = urls == null || urls.isBlank() ? List.of()
                : Arrays.stream(urls.split("\n")).filter(u -> !u.isBlank()).toList();
        return new AppSettings(rs.getString("api_name"), rs.getString("contact_email"), rs.getString("description"),
                callbackUrls, IpRelaxation.valueOf(rs.getString("ip_relaxation")));
    }

    static String callbackUrls(AppSettings settings) {
        return String.join("\n", settings.callbackUrls());
    }
}
