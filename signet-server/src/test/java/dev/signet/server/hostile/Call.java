package dev.signet.server.hostile;

/** A request of the catalogue, sent to the server of the target. */
@FunctionalInterface
interface Call {
    Answer send(Target target);
}
