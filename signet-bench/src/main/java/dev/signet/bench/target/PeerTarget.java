package dev.signet.bench.target;

import java.net.InetSocketAddress;

/** What the peers Signet is compared with have in common: one server process on a loopback port. */
abstract class PeerTarget implements Target {
    final SetupHttp http = new SetupHttp();
    ServerProcess process;
    int port;

    @Override
    public boolean isSignet() {
        return false;
    }

    /** The {@code Host} of the scenario requests. */
    String host() {
        return "127.0.0.1:" + port;
    }

    @Override
    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    @Override
    public ProcStatus memory() {
        return process == null ? new ProcStatus(0, 0) : process.memory();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
