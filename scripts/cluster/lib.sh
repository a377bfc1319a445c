# Functions of scripts/cluster/run.sh: checks, secrets, the database, waiting, stopping.
# shellcheck shell=bash

# The cheap unauthenticated GET that says a node serves; /health/ready once the server has one.
health_path="${SIGNET_CLUSTER_HEALTH_PATH:-/health/ready}"
start_timeout="${SIGNET_CLUSTER_START_TIMEOUT:-120}"
pg_user="${PGUSER:-postgres}"

die() { echo "cluster: $*" >&2; exit 1; }

absolute() { realpath -m "$1"; }

relative() { local p="${1#"$PWD"/}"; echo "${p:-.}"; }

dir_flag() { [[ "$dir" == "$PWD/signet-data/cluster" ]] || echo " --dir $(relative "$dir")"; }

# A wildcard listen address is not a URL clients can use.
url_host() { case "$1" in 0.0.0.0|::|'*') echo 127.0.0.1 ;; *) echo "$1" ;; esac; }

alive() { [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; }

# The processes of the group a pid file names (each node and HAProxy run in their own session: the
# ./signet launcher and its JVM), if they are still ours: pids get reused.
our_pids() {
  local file="$1" pid
  [[ -f "$file" ]] || return 1
  for pid in $(pgrep -g "$(cat "$file")" || true); do
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qE 'signet|haproxy' && echo "$pid"
  done | grep .
}

pid_files() {
  local f
  for f in "$dir/haproxy.pid" "$dir"/node*/node.pid; do [[ -f "$f" ]] && echo "$f"; done
  return 0
}

require_stopped() {
  local f files
  mapfile -t files < <(pid_files)
  for f in ${files[@]+"${files[@]}"}; do
    our_pids "$f" >/dev/null && die "a cluster from $(relative "$dir") is still running ($f): scripts/cluster/run.sh stop$(dir_flag)"
  done
  return 0
}

port_in_use() {
  if command -v ss >/dev/null; then
    [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

check_ports() {
  local p
  for p in "$lb_port" $(seq "$node_port" $((node_port + nodes - 1))); do
    [[ "$p" =~ ^[0-9]+$ ]] && ((p > 0 && p < 65536)) || die "port '$p' is not a port number"
    ! port_in_use "$p" || die "port $p is in use$(command -v ss >/dev/null && ss -Hltnp "sport = :$p" | grep -o 'users:.*' | head -1 | sed 's/^/ by /'); choose others with --port P (load balancer) and --node-port P (nodes P, P+1, …)"
  done
  ((node_port > lb_port || node_port + nodes - 1 < lb_port)) || die "the nodes' ports overlap the load balancer's ($lb_port)"
}

require_tools() {
  command -v curl >/dev/null || die "curl not found (apt-get install curl)"
  command -v psql >/dev/null || die "psql not found (apt-get install postgresql-client)"
  command -v setsid >/dev/null || die "setsid not found (apt-get install util-linux)"
  command -v haproxy >/dev/null && return
  # As .ci/run installs what the tests need: from Debian's packages.
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "cluster: installing HAProxy (apt-get install haproxy)…" >&2
    apt-get update -qq && apt-get install -y -qq haproxy >/dev/null || die "could not install haproxy"
  else
    die "haproxy not found: install it (sudo apt-get install haproxy) and run again"
  fi
}

psql_admin() {
  PGPASSWORD="${SIGNET_DB_PASSWORD:-${PGPASSWORD:-}}" psql -X -q -v ON_ERROR_STOP=1 -h "${pg%:*}" -p "${pg##*:}" \
    -U "$pg_user" "$@"
}

require_postgres() {
  [[ "$pg" =~ ^[^:]+:[0-9]+$ ]] || die "--pg must be HOST:PORT, not '$pg'"
  local err version
  if ! err="$(psql_admin -d postgres -tAc 'select 1' 2>&1 >/dev/null)"; then
    if ! pg_isready -q -h "${pg%:*}" -p "${pg##*:}" 2>/dev/null; then
      version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)"
      die "PostgreSQL is not running on $pg. Start it: sudo pg_ctlcluster ${version:-VERSION} main start" \
        "(or: sudo systemctl start postgresql)"
    fi
    die "cannot connect to PostgreSQL on $pg as $pg_user: $err"
  fi
}

prepare_database() {
  local exists
  exists="$(psql_admin -d postgres -tAc "select 1 from pg_database where datname = '$db'")"
  if [[ "$reset" == 1 ]]; then
    echo "cluster: --reset-db: dropping database $db and the node directories" >&2
    [[ -z "$exists" ]] || psql_admin -d postgres -c "drop database $db with (force)"
    rm -rf "$dir"/node[0-9]*
    exists=""
  fi
  if [[ -z "$exists" ]]; then
    echo "cluster: creating database $db" >&2
    psql_admin -d postgres -c "create database $db"
    db_is_new=1
  else
    db_is_new="$(psql_admin -d "$db" -tAc "select count(*) = 0 from information_schema.tables where table_schema = 'public'" | sed 's/t/1/;s/f/0/')"
  fi
}

# A secret from the environment (not stored), else DIR/NAME, else a new one written there.
secret() {
  local given="$1" file="$dir/$2"
  if [[ -n "$given" ]]; then
    echo "$given"
  elif [[ -s "$file" ]]; then
    tr -d '\n' <"$file"
  else
    (umask 077 && openssl rand -base64 32 | tr '+/' '-_' | tr -d '=\n' >"$file")
    echo "cluster: generated $(relative "$file") (owner-only)" >&2
    cat "$file"
  fi
}

load_secrets() {
  # A new secret on a database that has data would not open the signing keys stored in it.
  if [[ -z "${SIGNET_CLUSTER_SECRET:-}" && ! -s "$dir/cluster-secret" && "$db_is_new" != 1 ]]; then
    die "database $db has data but $(relative "$dir")/cluster-secret is missing: the signing keys in it are" \
      "encrypted with the secret it was created with. Set SIGNET_CLUSTER_SECRET to that secret, or start afresh with --reset-db"
  fi
  cluster_secret="$(secret "${SIGNET_CLUSTER_SECRET:-}" cluster-secret)"
  admin_secret="$(secret "${SIGNET_ADMIN_SECRET:-}" admin-secret)"
}

# Waits until url answers 200; fails with the log's tail if the process dies or time runs out.
await_http() {
  local url="$1" pid="$2" what="$3" log="$4" deadline=$((SECONDS + start_timeout))
  until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    if ! alive "$pid"; then
      echo "cluster: $what exited during start; last lines of $(relative "$log"):" >&2
      tail -n 20 "$log" | sed 's/^/  /' >&2
      exit 1
    fi
    ((SECONDS < deadline)) || die "$what did not answer 200 on $url within ${start_timeout}s (see $(relative "$log"))"
    sleep 0.5
  done
  echo "cluster: $what ready" >&2
}

# HAProxy first (no new requests), then every node at once (each finishes its in-flight requests).
stop_all() {
  local f files pid pids=() group deadline
  mapfile -t files < <(pid_files)
  for f in ${files[@]+"${files[@]}"}; do
    group="$(our_pids "$f" || true)"
    rm -f "$f" "${f%.pid}.port" # first: a run.sh waiting in the foreground then knows it was stopped
    if [[ -n "$group" ]]; then
      # shellcheck disable=SC2086 # one pid a word
      kill -TERM $group 2>/dev/null || true
      pids+=($group)
      [[ "$f" == *haproxy.pid ]] && sleep 0.5
    fi
  done
  deadline=$((SECONDS + 30))
  for pid in ${pids[@]+"${pids[@]}"}; do
    while alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
    if alive "$pid"; then
      echo "cluster: $pid did not stop within 30 s; killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  rm -f "$dir/server.json"
  echo "cluster: stopped ${#pids[@]} process(es)" >&2
}

status() {
  local f files pid name port code any=0
  mapfile -t files < <(pid_files)
  for f in ${files[@]+"${files[@]}"}; do
    any=1
    name="$(basename "$(dirname "$f")")"
    [[ "$f" == *haproxy.pid ]] && name=haproxy
    port="$(cat "${f%.pid}.port" 2>/dev/null || echo '?')"
    if pid="$(our_pids "$f" | paste -sd ' ')"; then
      code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port$health_path" || true)"
      echo "$name  pid $pid  port $port  GET $health_path: $code"
    else
      echo "$name  not running (stale $(relative "$f"))"
    fi
  done
  [[ "$any" == 1 ]] || echo "no cluster in $(relative "$dir")"
}
