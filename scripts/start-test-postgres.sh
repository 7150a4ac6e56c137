#!/usr/bin/env bash
# Installs (when missing) and starts Debian's PostgreSQL on loopback, with a `vigil` role the store tests use to
# create a throw-away database per test file. Prints the URL to export as VIGIL_TEST_POSTGRES.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null; then
  apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
fi
version=$(ls /etc/postgresql | sort -n | tail -1)
pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start >&2
for _ in $(seq 1 30); do
  su postgres -c "psql -qtAc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vigil') THEN CREATE ROLE vigil LOGIN CREATEDB PASSWORD 'vigil'; END IF; END \\\$\\\$\"" >&2
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
echo "postgres://vigil:vigil@127.0.0.1:${port}/postgres"
