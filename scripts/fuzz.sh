#!/usr/bin/env bash
# Coverage-guided fuzzing of the server's input parsers with Jazzer (the @FuzzTest classes in
# signet-server/src/test/java). A plain `./mvnw verify` only replays their saved corpus as
# regression tests; this script fuzzes for real, one target after another.
#
#   scripts/fuzz.sh                     # every target, 60 s each
#   scripts/fuzz.sh 600 soql form       # these two, 10 minutes each
#   scripts/fuzz.sh --list              # the targets
#   scripts/fuzz.sh --help
#
# Per target it prints executions, coverage (libFuzzer's cov = edges, ft = features), corpus size
# and findings. Inputs that reach new coverage are kept in signet-server/.cifuzz-corpus/ (not in
# git; the next run starts from them). A finding fails the run and its reproducer is written to
# the target's saved corpus, src/test/resources/…/<TestClass>Inputs/<method>/crash-…, so that
# `./mvnw verify` fails on it until the cause is fixed: keep that file as the regression case.
# Each run logs to signet-server/target/fuzz/<target>.log.
#
# Environment: FUZZ_TIMEOUT (seconds one input may take before it counts as a hang; default 10),
# FUZZ_HEAP (the fuzzing JVM's -Xmx; default 2g). Runs offline against ~/.m2 (build once online).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"

# target name → test class#method, and the library packages instrumented beside Signet's own
declare -A TESTS=(
  [assertion]='dev.signet.server.assertion.AssertionVerifierFuzzTest#signedClaims'
  [assertion-header]='dev.signet.server.assertion.AssertionVerifierFuzzTest#assembledAssertion'
  [assertion-raw]='dev.signet.server.assertion.AssertionVerifierFuzzTest#rawAssertion'
  [soql]='dev.signet.server.data.soql.SoqlFuzzTest#query'
  [rest]='dev.signet.server.data.RequestBodyFuzzTest#recordBody'
  [admin-json]='dev.signet.server.data.RequestBodyFuzzTest#adminBody'
  [form]='dev.signet.server.http.FormParametersFuzzTest#formBody'
)
declare -A LIBS=(
  [assertion]='com.nimbusds.**' [assertion-header]='com.nimbusds.**' [assertion-raw]='com.nimbusds.**'
  [rest]='com.fasterxml.jackson.**' [admin-json]='com.fasterxml.jackson.**'
)
ORDER=(assertion assertion-header assertion-raw soql rest admin-json form)

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
  echo
  echo "Targets: ${ORDER[*]}"
}

seconds=60
targets=()
for arg in "$@"; do
  case "$arg" in
    -h|--help) usage; exit 0 ;;
    --list) for t in "${ORDER[@]}"; do printf '%-17s %s\n' "$t" "${TESTS[$t]}"; done; exit 0 ;;
    ''|*[!0-9]*)
      [[ -n "${TESTS[$arg]:-}" ]] || { echo "fuzz: unknown target '$arg' (see --list)" >&2; exit 2; }
      targets+=("$arg") ;;
    *) seconds="$arg" ;;
  esac
done
(( ${#targets[@]} )) || targets=("${ORDER[@]}")

mkdir -p signet-server/target/fuzz
# Compile once (no tests); each target then runs in its own surefire JVM.
./mvnw -q -B -o test-compile -pl signet-server -am

status=0
for target in "${targets[@]}"; do
  log="signet-server/target/fuzz/$target.log"
  instrument="dev.signet.**${LIBS[$target]:+,${LIBS[$target]}}"
  echo "fuzz: $target (${TESTS[$target]}) for ${seconds}s; log $log"
  set +e
  # Jazzer turns the JUnit timeout into libFuzzer's per-input -timeout (an input that runs longer is
  # a finding); JUnit itself must not enforce it on the whole fuzzing run, hence mode=disabled.
  JAZZER_FUZZ=1 ./mvnw -B -o test -pl signet-server -am -DskipITs \
      -Dtest="${TESTS[$target]}" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="${seconds}s" -Djazzer.instrument="$instrument" \
      -Djunit.jupiter.execution.timeout.testtemplate.method.default="${FUZZ_TIMEOUT:-10}s" \
      -Djunit.jupiter.execution.timeout.mode=disabled \
      -DargLine="-Xmx${FUZZ_HEAP:-2g} -XX:-OmitStackTraceInFastThrow" >"$log" 2>&1
  rc=$?
  set -e
  # libFuzzer's status lines: "#<execs> <event> cov: <edges> ft: <features> corp: <n>/<size> … exec/s: …"
  last="$(grep -aE '^#[0-9]+' "$log" | tail -1 || true)"
  done_line="$(grep -aE '^Done [0-9]+ runs' "$log" | tail -1 || true)"
  findings="$(grep -acE '^== Java Exception|^==[0-9]+== ERROR: libFuzzer' "$log" || true)"
  echo "  last status: ${last:-none}"
  echo "  ${done_line:-no 'Done' line (see the log)}"
  echo "  findings: $findings"
  if (( rc != 0 )); then
    status=1
    echo "  FAILED (exit $rc): reproducers, if any, are in the target's …FuzzTestInputs/ directory:"
    grep -aE '^== Java Exception|^Caused by|^\s+at dev\.signet' "$log" | head -12 | sed 's/^/    /' || true
    git status --short -- 'signet-server/src/test/resources' | sed 's/^/    /' || true
  fi
done
exit $status
