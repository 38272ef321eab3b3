#!/bin/sh
# Restore a backup made by backup.sh into an EMPTY database (it is created if it does not exist).
#
#   restore.sh BACKUP.dump               # refuses if the database already has tables
#   restore.sh --replace BACKUP.dump     # drops the database and creates it again first (stop the API first!)
#
#   docker compose stop api && docker compose run --rm backup restore.sh --replace /backups/ks3-....dump
#
# Connection: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (the database to restore into). The user must be
# allowed to create databases (the Compose `db` user is). PGMAINTENANCE_DB (default postgres) is used to
# create or drop it. Everything happens in one transaction: a failed restore leaves an empty database.
set -eu

fail() { echo "restore: $*" >&2; exit 1; }

replace=false
if [ "${1:-}" = "--replace" ]; then
  replace=true
  shift
fi
[ $# -eq 1 ] || fail "usage: restore.sh [--replace] BACKUP_FILE"
archive=$1
database=${PGDATABASE:-}
maintenance=${PGMAINTENANCE_DB:-postgres}
[ -n "$database" ] || fail "set PGDATABASE to the database to restore into"
[ -r "$archive" ] || fail "cannot read '$archive'"
pg_restore --list "$archive" >/dev/null 2>&1 || fail "'$archive' is not a backup made by backup.sh (pg_dump custom format)"

sql() {  # run SQL from stdin against a database, with the target's name available as :"db" / :'db'
  psql --quiet --no-psqlrc --tuples-only --no-align -v ON_ERROR_STOP=1 -v db="$database" --dbname="$1"
}

exists=$(echo "SELECT count(*) FROM pg_database WHERE datname = :'db';" | sql "$maintenance")
if [ "$exists" = "1" ] && [ "$replace" = "true" ]; then
  echo "Dropping database '$database' and creating it again."
  echo 'DROP DATABASE :"db" WITH (FORCE);' | sql "$maintenance"
  exists=0
fi
if [ "$exists" = "1" ]; then
  objects=$(sql "$database" <<'SQL'
SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%';
SQL
)
  [ "$objects" = "0" ] || fail "database '$database' is not empty ($objects tables and other objects). Restore into a new database name, or use --replace to drop and recreate it (stop the API first)."
else
  echo 'CREATE DATABASE :"db";' | sql "$maintenance"
fi

pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$database" "$archive" \
  || fail "restore failed; '$database' was left as it was before (empty)"
echo 'ANALYZE;' | sql "$database"
tables=$(echo "SELECT count(*) FROM pg_tables WHERE schemaname = 'public';" | sql "$database")
echo "Restored $archive into '$database' ($tables tables)."
