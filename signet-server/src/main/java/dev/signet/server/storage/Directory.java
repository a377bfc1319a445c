package dev.signet.server.storage;

import dev.signet.server.model.Org;
import java.util.function.Supplier;

/**
 * The org, its connected apps and its users: what nearly every request reads to decide who may do
 * what. One value, so the components that read it take one parameter, not three.
 */
public record Directory(Supplier<Org> currentOrg, AppRepository apps, UserRepository users) {
    /** The org as it is now (it can be locked at any time). */
    public Org org() {
        return currentOrg.get();
    }
}
