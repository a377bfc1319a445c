package dev.signet.bench.target;

/**
 * What the bench created on a Signet server: the opaque-token app, the JWT-token app (null when
 * this build does not issue JWT access tokens, with the reason), the user and one cached token.
 */
record SignetFixture(
        String username,
        String consumerKey,
        String jwtConsumerKey,
        String jwtUnsupportedReason,
        String accessToken,
        String identityUrl) {
    @Override
    public String toString() {
        return "SignetFixture[username=" + username + ", jwtApp=" + (jwtConsumerKey != null) + "]";
    }
}
