package dev.signet.server.orgfile;

/** One line of an org file's plan: what happens (or happened) to one thing, and why. */
public record OrgChange(Action action, String kind, String name, String detail) {
    /** What applying the file does to the thing. */
    public enum Action { CREATE, UPDATE, UNCHANGED, DELETE }

    static OrgChange of(Action action, String kind, String name, String detail) {
        return new OrgChange(action, kind, name, detail == null ? "" : detail);
    }

    @Override
    public String toString() {
        return action.name().toLowerCase(java.util.Locale.ROOT) + " " + kind + " " + name
                + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
