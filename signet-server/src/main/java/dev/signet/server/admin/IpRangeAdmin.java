package dev.signet.server.admin;

import dev.signet.server.storage.Directory;
import dev.signet.server.login.IpAddressRange;
import dev.signet.server.model.LoginIpRange;
import dev.signet.server.storage.IpRangeRepository;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;

/** Profiles' Login IP Ranges (Setup ▸ Profiles ▸ Login IP Ranges). */
public record IpRangeAdmin(IpRangeRepository ranges, Directory directory, Clock clock) {
    public List<LoginIpRange> list() {
        return ranges.findAll();
    }

    /** Adds a range; start and end are IP address literals of one family, start ≤ end. */
    public LoginIpRange add(String profile, String start, String end, String description) {
        String p = profile == null ? "" : profile.trim();
        if (p.isEmpty()) {
            throw AdminException.badRequest("profile is required");
        }
        AdminFields.PROFILE.check(p);
        IpAddressRange range;
        try {
            range = IpAddressRange.parse(start, end == null || end.isBlank() ? start : end);
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest(e.getMessage());
        }
        if (ranges.findByProfile(p).stream().anyMatch(r -> r.start().equals(range.start()) && r.end().equals(range.end()))) {
            throw AdminException.conflict("profile '" + p + "' already has the range " + range);
        }
        String text = description == null || description.isBlank() ? null : description.trim();
        AdminFields.IP_RANGE_DESCRIPTION.check(text);
        LoginIpRange created = new LoginIpRange(p, range.start(), range.end(), text, clock.instant());
        ranges.insert(created);
        return created;
    }

    public void remove(String profile, String start, String end) {
        if (!ranges.delete(profile, start, end)) {
            throw AdminException.notFound("profile '" + profile + "' has no range " + start + "-" + end);
        }
    }

    /** Profiles known to the org: those of directory.users(), of app pre-authorizations and of IP ranges. */
    public List<String> profiles() {
        TreeSet<String> names = new TreeSet<>(directory.users().profiles());
        directory.apps().findAll().forEach(a -> names.addAll(a.profiles()));
        ranges.findAll().forEach(r -> names.add(r.profile()));
        return List.copyOf(names);
    }
}
