#!/usr/bin/env bash
# The README's test command: sets up what the test suite needs on a fresh Debian/Ubuntu machine,
# then runs it (./mvnw -B verify). Arguments go to Maven: scripts/test.sh -pl signet-core -am
#
# Installs with apt-get, only what is missing (as root, or through sudo):
#   openssl, curl      the end-to-end tests use them as the tutorials do
#   chromium, chromium-driver   the console browser tests (headless)
#   haproxy                     the bench's load-balancer test (scripts/cluster/run.sh installs it too)
#   npm                scripts/compat/run.sh (run after this by CI) installs Node 22 from it
#   postgresql         when nothing serves 127.0.0.1:5432: installed, started, and given a test
#                      role with a password (kept owner-only in ~/.config/signet/test-pg)
# An installed but stopped cluster is started. The PostgreSQL tests connect as SIGNET_TEST_PG_USER
# (default postgres) with SIGNET_TEST_PG_PASSWORD (default empty: trust auth); set both to use a
# server of your own.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "test.sh: $*" >&2; }
die() { say "$*"; exit 1; }

# Runs a command as root: directly, or through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "needs root for '$*', and sudo is not installed: run as root, or do it yourself and run again"
  fi
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  elif command -v sudo >/dev/null; then
    sudo -u postgres "$@"
  else
    die "needs root or sudo to create the test role in PostgreSQL"
  fi
}

apt_install() {
  command -v apt-get >/dev/null || die "missing: $* (no apt-get here: install them yourself and run again)"
  say "installing $* (apt-get)"
  as_root apt-get update -qq || die "apt-get update failed (root or sudo needed to install $*)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
    || die "apt-get install $* failed"
}

install_tools() {
  local need=()
  command -v openssl >/dev/null || need+=(openssl)
  command -v curl >/dev/null || need+=(curl)
  command -v chromium >/dev/null || need+=(chromium)
  command -v chromedriver >/dev/null || need+=(chromium-driver)
  command -v npm >/dev/null || need+=(npm)
  command -v haproxy >/dev/null || need+=(haproxy)
  if [ ${#need[@]} -gt 0 ]; then apt_install "${need[@]}"; fi
}

pg_port_open() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

await_pg() {
  for _ in $(seq 1 30); do pg_port_open && return 0; sleep 1; done
  return 1
}

# Starts every installed cluster that is down (Debian's pg_ctlcluster, as .ci/run did).
start_clusters() {
  command -v pg_lsclusters >/dev/null || return 1
  local version name
  while read -r version name _; do
    say "starting PostgreSQL $version/$name"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start || true
  done < <(pg_lsclusters -h | awk '$4 != "online" { print $1, $2 }')
  await_pg
}

# The test role on a PostgreSQL this script installed: TCP logins need a password there.
pg_credentials_file() { echo "${XDG_CONFIG_HOME:-$HOME/.config}/signet/test-pg"; }

create_test_role() {
  local file password
  file=$(pg_credentials_file)
  password=$(openssl rand -hex 16)
  say "creating PostgreSQL role signet_test (password in $file)"
  as_postgres psql -q -v ON_ERROR_STOP=1 -v pw="$password" <<'SQL'
SELECT 'CREATE ROLE signet_test' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'signet_test')\gexec
ALTER ROLE signet_test WITH LOGIN SUPERUSER PASSWORD :'pw';
SQL
  mkdir -p "$(dirname "$file")"
  (umask 077 && printf 'SIGNET_TEST_PG_USER=signet_test\nSIGNET_TEST_PG_PASSWORD=%s\n' "$password" >"$file")
}

install_postgres() {
  apt_install postgresql
  if command -v pg_lsclusters >/dev/null && [ -z "$(pg_lsclusters -h)" ]; then
    local version
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    as_root pg_createcluster "$version" main
  fi
  start_clusters || die "PostgreSQL was installed but does not answer on 127.0.0.1:5432"
  create_test_role
}

setup_postgres() {
  if ! pg_port_open && ! start_clusters; then
    if command -v pg_lsclusters >/dev/null && [ -n "$(pg_lsclusters -h)" ]; then
      die "PostgreSQL is installed but does not answer on 127.0.0.1:5432 (pg_lsclusters shows why)"
    fi
    install_postgres
  fi
  # The role this script made when it installed PostgreSQL, unless the caller chose one.
  local file
  file=$(pg_credentials_file)
  if [ -z "${SIGNET_TEST_PG_USER:-}" ] && [ -f "$file" ]; then
    set -a
    # shellcheck disable=SC1090 # written by create_test_role
    . "$file"
    set +a
  fi
  check_pg_login
}

# Says so early where the tests could not log in (they would be skipped, or fail under CI=true).
check_pg_login() {
  command -v psql >/dev/null || return 0
  local user=${SIGNET_TEST_PG_USER:-postgres}
  if ! PGPASSWORD=${SIGNET_TEST_PG_PASSWORD:-} psql -h 127.0.0.1 -p 5432 -U "$user" -d postgres -w -tAc 'select 1' \
      >/dev/null 2>&1; then
    say "warning: cannot log in to PostgreSQL at 127.0.0.1:5432 as $user; its tests will be skipped (fail under CI=true)."
    say "  Set SIGNET_TEST_PG_USER and SIGNET_TEST_PG_PASSWORD to a role that may create databases."
  fi
}

command -v java >/dev/null || die "Java 17 or later is needed (the Maven wrapper fetches the rest)"
install_tools
setup_postgres
say "running ./mvnw -B verify $*"
./mvnw -B verify "$@"
