package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.TestServer;
import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.secrets.TokenId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Group commit keeps each request's outcome: one success per {@code jti}, every success stored. */
class TokenCommitterTest {
    @Test
    void issueWhenManyThreadsRaceOnSharedJtisThenEachJtiWinsOnceAndEveryWinnerIsStored() throws Exception {
        try (TestServer server = TestServer.start()) {
            ConnectedApp app = server.createApp();
            String userId = server.server().admin().user(server.createUser()).id();
            TokenRepository tokens = new TokenRepository(server.server().jdbc(), java.time.Clock.systemUTC());
            int threads = 8;
            int jtis = 300;
            int attemptsPerJti = 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<TokenRef>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    go.await();
                    List<TokenRef> won = new ArrayList<>();
                    // Even threads try the even jtis, odd threads the odd ones: each jti is tried by 4 threads.
                    for (int j = thread % (threads / attemptsPerJti); j < jtis; j += threads / attemptsPerJti) {
                        String token = UUID.randomUUID().toString();
                        Instant now = Instant.now();
                        TokenRef ref = new TokenRef(TokenId.next(now), AccessTokens.digest(token), false);
                        try {
                            tokens.issue(new NewToken(ref.id(), ref.digest(), new AccessTokenInfo(app.orgId(), userId,
                                    app.id(), List.of("api"), now, now.plusSeconds(3600), false), "jti-" + j,
                                    now.plusSeconds(300), null));
                            won.add(ref);
                        } catch (TokenRepository.JtiReplayedException replayed) {
                            // another thread had this jti first
                        }
                    }
                    return won;
                }));
            }
            go.countDown();
            List<TokenRef> winners = new ArrayList<>();
            for (Future<List<TokenRef>> f : results) {
                winners.addAll(f.get());
            }
            pool.shutdown();
            tokens.close();
            assertThat(winners).hasSize(jtis);
            for (TokenRef ref : winners) {
                assertThat(tokens.find(ref)).as("stored before issue() returned").isPresent();
            }
        }
    }
}
