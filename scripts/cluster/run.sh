#!/usr/bin/env bash
# N Signet nodes on one local PostgreSQL database behind HAProxy (round robin, health-checked, no
# sticky sessions). See the README section "Several nodes".
#
#   scripts/cluster/run.sh 3                 # 3 nodes; load balancer on http://127.0.0.1:8080; Ctrl-C stops all
#   scripts/cluster/run.sh 2 --detach        # start, print, return; stop later with:
#   scripts/cluster/run.sh stop
#   scripts/cluster/run.sh status
#   scripts/cluster/run.sh --help            # all options
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
# shellcheck source=lib.sh
source "$root/scripts/cluster/lib.sh"

usage() {
  cat <<'EOF'
Usage: scripts/cluster/run.sh N [options] [-- server flags…]
       scripts/cluster/run.sh stop | status [--dir DIR]

Starts N Signet nodes (./signet server) on one PostgreSQL database and HAProxy in front of them.
The nodes share the database, a cluster secret (encrypts the server's signing keys), the admin
secret and the public URL (the load balancer's). Both secrets are generated once and kept
owner-only in DIR unless SIGNET_CLUSTER_SECRET / SIGNET_ADMIN_SECRET are set.

Options:
  --port P          load balancer port (default 8080)
  --node-port P     first node's port; nodes use P, P+1, … (default: --port + 1)
  --host H          address the load balancer listens on (default 127.0.0.1; nodes always 127.0.0.1)
  --public-url URL  URL clients use (aud, instance_url, id); default http://HOST:PORT
  --db NAME         PostgreSQL database, created if missing (default signet_cluster)
  --reset-db        drop the database and the nodes' directories first: everything in them is lost
  --pg HOST:PORT    PostgreSQL server (default 127.0.0.1:5432); user: PGUSER (default postgres),
                    password: SIGNET_DB_PASSWORD
  --dir DIR         where secrets, logs and node directories go (default signet-data/cluster)
  --detach          return once the cluster serves; stop it with: run.sh stop
  -- FLAGS…         passed to every node, e.g. -- --cache-max-age 5

Files in DIR: cluster-secret, admin-secret, haproxy.cfg, haproxy.log, server.json (the load
balancer's URL, so './signet admin … --data DIR' goes through it), nodeK/ (node.log, node.pid).
EOF
}

main() {
  case "${1:-}" in
    -h|--help) usage ;;
    stop) shift; parse_dir "$@"; stop_all ;;
    status) shift; parse_dir "$@"; status ;;
    ''|-*) usage >&2; exit 2 ;;
    *) start "$@" ;;
  esac
}

parse_dir() {
  dir="signet-data/cluster"
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --dir) dir="${2:?--dir needs a value}"; shift 2 ;;
      *) die "unknown option $1 (see --help)" ;;
    esac
  done
  dir="$(absolute "$dir")"
}

start() {
  nodes="$1"; shift
  [[ "$nodes" =~ ^[1-9][0-9]?$ ]] || die "N must be a number of nodes from 1 to 99, not '$nodes'"
  lb_port=8080; node_port=""; lb_host=127.0.0.1; public_url=""; db=signet_cluster; reset=0
  pg=127.0.0.1:5432; dir="signet-data/cluster"; detach=0; server_flags=()
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --port) lb_port="${2:?--port needs a value}"; shift 2 ;;
      --node-port) node_port="${2:?--node-port needs a value}"; shift 2 ;;
      --host) lb_host="${2:?--host needs a value}"; shift 2 ;;
      --public-url) public_url="${2:?--public-url needs a value}"; shift 2 ;;
      --db) db="${2:?--db needs a value}"; shift 2 ;;
      --reset-db) reset=1; shift ;;
      --pg) pg="${2:?--pg needs HOST:PORT}"; shift 2 ;;
      --dir) dir="${2:?--dir needs a value}"; shift 2 ;;
      --detach) detach=1; shift ;;
      --) shift; server_flags=("$@"); break ;;
      *) die "unknown option $1 (see --help)" ;;
    esac
  done
  [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || die "--db: use lower-case letters, digits and _ ('$db')"
  node_port="${node_port:-$((lb_port + 1))}"
  [[ -n "$public_url" ]] || public_url="http://$(url_host "$lb_host"):$lb_port"
  dir="$(absolute "$dir")"
  local_url="http://$(url_host "$lb_host"):$lb_port"

  require_stopped
  check_ports
  require_tools
  require_postgres
  mkdir -p "$dir" && chmod 700 "$dir"
  prepare_database
  load_secrets
  echo "cluster: building the CLI if needed…" >&2
  "$root/signet" --version >/dev/null

  trap 'on_exit' EXIT
  trap 'echo; echo "cluster: stopping…" >&2; exit 130' INT TERM
  start_nodes
  start_haproxy
  write_server_json
  print_summary
  if [[ "$detach" == 1 ]]; then
    keep_running=1
    return
  fi
  echo "Press Ctrl-C to stop (or run: scripts/cluster/run.sh stop$(dir_flag))."
  while alive "$(cat "$dir/haproxy.pid" 2>/dev/null)"; do sleep 1; done
  if [[ -f "$dir/haproxy.pid" ]]; then
    echo "cluster: HAProxy exited (see $(relative "$dir")/haproxy.log); stopping the nodes" >&2
  else
    keep_running=1 # 'run.sh stop' is stopping everything
    echo "cluster: stopped by run.sh stop" >&2
  fi
}

keep_running=0
on_exit() {
  if [[ "$keep_running" != 1 ]]; then stop_all; fi
}

# The first node migrates and seeds a new database; the others then start together.
start_nodes() {
  start_node 1
  await_node 1
  for ((k = 2; k <= nodes; k++)); do start_node "$k"; done
  for ((k = 2; k <= nodes; k++)); do await_node "$k"; done
}

start_node() {
  local k="$1" port=$((node_port + $1 - 1)) node="$dir/node$1"
  mkdir -p "$node"
  echo "cluster: starting node$k on 127.0.0.1:$port (log $(relative "$node")/node.log)" >&2
  # Own session: Ctrl-C reaches only this script, which then stops the nodes in order.
  SIGNET_CLUSTER_SECRET="$cluster_secret" SIGNET_ADMIN_SECRET="$admin_secret" \
    setsid "$root/signet" server --host 127.0.0.1 --port "$port" --data "$node" \
      --db-url "jdbc:postgresql://$pg/$db" --db-user "$pg_user" --public-url "$public_url" \
      ${server_flags[@]+"${server_flags[@]}"} </dev/null >"$node/node.log" 2>&1 &
  echo $! >"$node/node.pid"
  disown $! # stopped through its pid file, by whichever run.sh: no job notices here
  echo "$port" >"$node/node.port"
}

await_node() {
  local k="$1" port=$((node_port + $1 - 1)) node="$dir/node$1"
  await_http "http://127.0.0.1:$port$health_path" "$(cat "$node/node.pid")" "node$k" "$node/node.log"
}

start_haproxy() {
  write_haproxy_cfg >"$dir/haproxy.cfg"
  haproxy -c -q -f "$dir/haproxy.cfg" || die "HAProxy rejected $dir/haproxy.cfg"
  echo "cluster: starting HAProxy on $lb_host:$lb_port (log $(relative "$dir")/haproxy.log)" >&2
  setsid haproxy -db -f "$dir/haproxy.cfg" </dev/null >"$dir/haproxy.log" 2>&1 &
  echo $! >"$dir/haproxy.pid"
  disown $!
  echo "$lb_port" >"$dir/haproxy.port"
  await_http "$local_url$health_path" "$(cat "$dir/haproxy.pid")" HAProxy "$dir/haproxy.log"
}

# Round robin, no stickiness: any node serves any request. A POST is never retried on another node
# (its jti may be used up already): only failed connections are redispatched.
write_haproxy_cfg() {
  cat <<EOF
# Written by scripts/cluster/run.sh; rewritten on every start.
global
    log stderr format raw local0 info
    maxconn 4096
defaults
    mode http
    log global
    option httplog
    option dontlog-normal
    option redispatch
    retries 2
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-keep-alive 60s
frontend signet
    bind $lb_host:$lb_port
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET $health_path
    http-check expect status 200
    default-server check inter 1s fall 2 rise 2
EOF
  for ((k = 1; k <= nodes; k++)); do
    echo "    server node$k 127.0.0.1:$((node_port + k - 1))"
  done
}

# So that './signet admin … --data DIR' finds the cluster (through the load balancer) and the secret.
write_server_json() {
  (umask 077 && printf '{"url": "%s"}\n' "$local_url" >"$dir/server.json")
}

print_summary() {
  local d rel
  rel="$(relative "$dir")"
  d="--data $rel"
  cat <<EOF

Signet cluster: $nodes node(s) behind HAProxy at $local_url (public URL $public_url)
  database jdbc:postgresql://$pg/$db, secrets and logs in $rel/
$(for ((k = 1; k <= nodes; k++)); do echo "  node$k  http://127.0.0.1:$((node_port + k - 1))  log $rel/node$k/node.log"; done)

Try it through the load balancer:
  ./signet keygen --out $rel/keys --force
  KEY=\$(./signet admin app create $d --name "Cluster \$RANDOM" --cert $rel/keys/server.crt --profile "System Administrator")
  ./signet admin user create $d --username ops@cluster.example --profile "System Administrator"
  ./signet token --login-url $public_url --client-id "\$KEY" --username ops@cluster.example --key $rel/keys/server.key
  ./signet admin login-history $d     # or: SIGNET_ADMIN_SECRET=\$(cat $rel/admin-secret) ./signet admin … --url $local_url
EOF
}

main "$@"
