package dev.signet.bench.target;

import dev.signet.bench.load.Exchange;
import dev.signet.bench.load.HttpRequests;
import dev.signet.bench.load.ResponseCheck;
import dev.signet.bench.load.Workload;
import dev.signet.bench.mint.AssertionClaims;
import dev.signet.bench.scenario.Plan;
import dev.signet.bench.scenario.Scenario;
import dev.signet.bench.scenario.TokenEndpoint;
import dev.signet.bench.scenario.WorkloadFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Signet's workloads: the token endpoint (opaque and JWT apps), identity, REST read, SOQL, mixed. */
final class SignetScenarios {
    static final String API = "/services/data/v62.0";
    static final String QUERY = API + "/query?q=SELECT+Id,Name+FROM+Account+LIMIT+10";
    private static final int TOKEN_WEIGHT = 1;
    private static final int IDENTITY_WEIGHT = 3;
    private static final int READ_WEIGHT = 4;
    private static final int QUERY_WEIGHT = 2;

    private final String baseUrl;
    private final String host;
    private final MintBudget budget;
    private final SignetFixture fixture;
    private final RestProbe rest;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, AssertionPool> pools = new HashMap<>();

    SignetScenarios(SetupHttp http, String baseUrl, MintBudget budget, SignetFixture fixture) {
        this.baseUrl = baseUrl;
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost() + ":" + uri.getPort();
        this.budget = budget;
        this.fixture = fixture;
        this.rest = new RestProbe(http, baseUrl, fixture.accessToken());
        if (fixture.jwtUnsupportedReason() != null) {
            notes.add("RS256 JWT access tokens: " + fixture.jwtUnsupportedReason());
        }
    }

    List<String> notes() {
        List<String> all = new ArrayList<>(notes);
        all.addAll(rest.notes());
        return all;
    }

    Plan plan(Scenario scenario) {
        return switch (scenario) {
            case TOKEN, TOKEN_HALF_RATE -> tokenPlan(fixture.consumerKey(), ResponseCheck.statusAndBody(200, "\"access_token\""));
            case TOKEN_JWT -> fixture.jwtConsumerKey() == null ? Plan.skip(fixture.jwtUnsupportedReason())
                    : tokenPlan(fixture.jwtConsumerKey(), ResponseCheck.statusAndBody(200, "\"access_token\":\"eyJ"));
            case IDENTITY -> fixed(identity());
            case REST_READ -> rest.recordPath() == null ? Plan.skip(rest.recordSkipReason()) : fixed(recordRead());
            case SOQL -> rest.queryWorks() ? fixed(query()) : Plan.skip(rest.querySkipReason());
            case MIXED -> mixedPlan();
        };
    }

    private Plan tokenPlan(String consumerKey, ResponseCheck check) {
        TokenEndpoint endpoint = new TokenEndpoint(host, "/services/oauth2/token", "", check);
        AssertionClaims claims = claims(consumerKey);
        // Warm-up replays one assertion without jti (Salesforce accepts that); the measured run never replays.
        String replayable = budget.minter().mint(claims, null);
        AssertionPool pool = pool(consumerKey);
        return Plan.of(n -> endpoint.replaying(replayable), n -> {
            pool.prepare(n, 1.0);
            return endpoint.drawing(pool::take);
        });
    }

    private Plan mixedPlan() {
        TokenEndpoint endpoint = new TokenEndpoint(host, "/services/oauth2/token", "",
                ResponseCheck.statusAndBody(200, "\"access_token\""));
        AssertionClaims claims = claims(fixture.consumerKey());
        String replayable = budget.minter().mint(claims, null);
        List<Workload> others = new ArrayList<>(List.of(Workload.repeating(identity())));
        List<Integer> weights = new ArrayList<>(List.of(TOKEN_WEIGHT, IDENTITY_WEIGHT));
        if (rest.recordPath() != null) {
            others.add(Workload.repeating(recordRead()));
            weights.add(READ_WEIGHT);
        }
        if (rest.queryWorks()) {
            others.add(Workload.repeating(query()));
            weights.add(QUERY_WEIGHT);
        }
        double tokenShare = TOKEN_WEIGHT / (double) weights.stream().mapToInt(Integer::intValue).sum();
        WorkloadFactory warm = n -> mix(endpoint.replaying(replayable), others, weights);
        AssertionPool pool = pool(fixture.consumerKey());
        WorkloadFactory measured = n -> {
            pool.prepare(n, tokenShare);
            return mix(endpoint.drawing(pool::take), others, weights);
        };
        return Plan.of(warm, measured);
    }

    private static Workload mix(Workload tokens, List<Workload> others, List<Integer> weights) {
        List<Workload> all = new ArrayList<>();
        all.add(tokens);
        all.addAll(others);
        return Workload.mixed(all, weights);
    }

    private AssertionPool pool(String consumerKey) {
        return pools.computeIfAbsent(consumerKey, k -> new AssertionPool(budget, claims(k)));
    }

    private AssertionClaims claims(String consumerKey) {
        return new AssertionClaims(consumerKey, fixture.username(), baseUrl, SignetSetup.ASSERTION_LIFETIME);
    }

    private Exchange identity() {
        String path = URI.create(fixture.identityUrl()).getRawPath();
        return get(path, ResponseCheck.statusAndBody(200, "\"user_id\""));
    }

    private Exchange recordRead() {
        return get(rest.recordPath(), ResponseCheck.statusAndBody(200, "\"Id\""));
    }

    private Exchange query() {
        return get(QUERY, ResponseCheck.statusAndBody(200, "\"records\""));
    }

    private Exchange get(String path, ResponseCheck check) {
        return new Exchange(HttpRequests.get(host, path, HttpRequests.bearer(fixture.accessToken())), check);
    }

    private static WorkloadFactory repeat(Exchange exchange) {
        return n -> Workload.repeating(exchange);
    }

    private static Plan fixed(Exchange exchange) {
        return Plan.of(repeat(exchange), repeat(exchange));
    }
}
