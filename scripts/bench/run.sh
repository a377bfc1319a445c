#!/usr/bin/env bash
# The server load comparison in one command: builds Signet and signet-bench, fetches the peers once
# (NAV mock-oauth2-server and Keycloak, from Maven Central), then runs
#   signet-bench compare   (Signet on SQLite, H2 and PostgreSQL, NAV mock, Keycloak; loopback only)
# which rewrites the "## Server" section of BENCHMARKS.md and draws its charts into docs/bench/*.svg.
# Takes about 15 minutes.
#
#   scripts/bench/run.sh                      # full run, default settings
#   scripts/bench/run.sh --quick --no-write   # smoke run (about 4 minutes), print only
#   scripts/bench/run.sh --targets signet-sqlite --scenarios token --jfr --no-write   # profile Signet
#   scripts/bench/run.sh --targets signet-pg,signet-cluster --scenarios token --no-write   # 1 node vs 2 behind HAProxy
#   scripts/bench/run.sh --help               # all options
#
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust) for signet-pg, and a JDK 21+ for
# Keycloak (default /usr/lib/jvm/temurin-25-jdk-amd64; set JAVA21_HOME or pass --jdk21 DIR).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$root"

mvn_offline_first() {
  ./mvnw -q -B -o "$@" || { echo "bench: offline build failed; retrying online" >&2; ./mvnw -q -B "$@"; }
}

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  echo "bench: building signet-cli and signet-bench…" >&2
  mvn_offline_first install -DskipTests -pl signet-cli,signet-bench -am
fi
if ! compgen -G "signet-bench/target/peers/keycloak-*/bin/kc.sh" >/dev/null \
    || ! compgen -G "signet-bench/target/peers/mock-oauth2-server-*/mock-oauth2-server-*.jar" >/dev/null; then
  echo "bench: fetching the peers (NAV mock-oauth2-server, Keycloak; ~200 MB, once)…" >&2
  mvn_offline_first -f signet-bench/peers/pom.xml generate-resources
fi
exec java -Xms512m -Xmx2g -jar signet-bench/target/signet-bench.jar compare "$@"
