package dev.signet.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"signet " + (v == null ? "dev" : v)};
    }
}
