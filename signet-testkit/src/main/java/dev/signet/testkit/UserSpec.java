package dev.signet.testkit;

import dev.signet.server.admin.NewUser;
import java.util.Set;

/** How a user of the embedded org is set up; by default profile {@code Standard User}, no permission sets. */
public final class UserSpec {
    /** The profile of a user declared without one, pre-authorized by an app declared without profiles. */
    public static final String DEFAULT_PROFILE = NewUser.DEFAULT_PROFILE;

    private String profile = DEFAULT_PROFILE;
    private Set<String> permissionSets = Set.of();
    private String firstName = "Test";
    private String lastName;
    private String email;
    private String password;
    private boolean frozen;

    UserSpec() {}

    public UserSpec profile(String profile) {
        this.profile = profile;
        return this;
    }

    public UserSpec permissionSets(String... permissionSets) {
        this.permissionSets = Set.of(permissionSets);
        return this;
    }

    public UserSpec name(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
        return this;
    }

    public UserSpec email(String email) {
        this.email = email;
        return this;
    }

    /** A password for the interactive login (authorize page). */
    public UserSpec password(String password) {
        this.password = password;
        return this;
    }

    /** Starts frozen (Salesforce's "Freeze"): every login is refused. */
    public UserSpec frozen() {
        this.frozen = true;
        return this;
    }

    NewUser newUser(String username) {
        return new NewUser(username, email, firstName, lastName, profile, permissionSets);
    }

    String password() {
        return password;
    }

    boolean isFrozen() {
        return frozen;
    }
}
