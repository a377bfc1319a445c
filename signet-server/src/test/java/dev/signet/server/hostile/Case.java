package dev.signet.server.hostile;

/**
 * One line of the catalogue: a hostile request, the exact status it must get and the error it
 * must carry in its endpoint family's shape.
 */
record Case(String name, Call call, int status, Expect expect) {
    static Case c(String name, Call call, int status, Expect expect) {
        return new Case(name, call, status, expect);
    }

    /**
     * Whether the request is a token request the endpoint answers (a POST to it, answered in OAuth
     * JSON), which must end in Login History; the HTTP layer's own refusals (Jetty's parser answers
     * them in the OAuth shape too) never reach it.
     */
    boolean tokenEndpoint() {
        // Known gap: a body that breaks while it is read (cut short, bad chunks) is answered by the HTTP
        // layer before the token endpoint sees the request, so it leaves no Login History row yet.
        return expect.kind() == Expect.Kind.OAUTH && !expect.equals(HttpCases.OAUTH_BAD_MESSAGE)
                && !expect.equals(HttpCases.UNREADABLE) && (call instanceof Req req && req.isPost(Target.TOKEN)
                || call instanceof Raw raw && raw.isPost(Target.TOKEN));
    }
}
