package dev.signet.server.config;

import java.util.ArrayList;
import java.util.List;

/** The settings given on the command line: only the flags the user typed, each with its typed value. */
public final class Overrides {
    private final List<Assigned<?>> values = new ArrayList<>();

    /** Sets {@code setting} from {@code flag} unless {@code value} is {@code null} (the flag was not given). */
    public <T> Overrides set(Setting<T> setting, T value, String flag) {
        if (value != null) {
            values.add(new Assigned<>(setting, value, Origin.flag(flag)));
        }
        return this;
    }

    List<Assigned<?>> values() {
        return List.copyOf(values);
    }
}
