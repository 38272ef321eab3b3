#!/bin/sh
# Back up the KS3 Assessment database: one pg_dump archive (custom format, compressed), named by UTC time,
# checked by reading it back, then only the newest BACKUP_KEEP archives are kept.
#
#   docker compose run --rm backup            # in Compose: writes to ./backups on the host (BACKUP_DIR)
#   PGHOST=... PGUSER=... PGPASSWORD=... PGDATABASE=... BACKUP_DIR=/srv/backups docker/backup.sh
#
# Connection: the usual PostgreSQL variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE).
# BACKUP_DIR (default ./backups), BACKUP_KEEP (default 14), BACKUP_PREFIX (default ks3).
# The archives hold pupils' personal data: they are written readable by their owner only.
set -eu

fail() { echo "backup: $*" >&2; exit 1; }

database=${PGDATABASE:-}
[ -n "$database" ] || fail "set PGDATABASE to the database to back up"
dir=${BACKUP_DIR:-./backups}
keep=${BACKUP_KEEP:-14}
prefix=${BACKUP_PREFIX:-ks3}
case $keep in '' | *[!0-9]*) fail "BACKUP_KEEP must be a whole number of backups to keep, not '$keep'" ;; esac
[ "$keep" -ge 1 ] || fail "BACKUP_KEEP must be at least 1"
command -v pg_dump >/dev/null || fail "pg_dump is not installed (apt-get install postgresql-client)"

umask 077
mkdir -p "$dir"

# UTC, so the names sort in time order whatever the clocks change to; never two backups with the same name.
stamp=$(date -u +%Y%m%d-%H%M%SZ)
while [ -e "$dir/$prefix-$stamp.dump" ]; do
  sleep 1
  stamp=$(date -u +%Y%m%d-%H%M%SZ)
done
final="$dir/$prefix-$stamp.dump"
partial="$final.partial"
trap 'rm -f "$partial"' EXIT INT TERM

# Written under another name first: a half-written file must never look like a backup.
pg_dump --format=custom --compress=6 --file="$partial" "$database" || fail "pg_dump of '$database' failed"
pg_restore --list "$partial" >/dev/null || fail "the new archive could not be read back; nothing was replaced"
mv "$partial" "$final"
trap - EXIT INT TERM

# Retention: the glob lists oldest first (the names are timestamps); delete all but the newest $keep.
set -- "$dir/$prefix"-*.dump
excess=$(( $# - keep ))
while [ "$excess" -gt 0 ]; do
  rm -f -- "$1"
  echo "Removed old backup $1"
  shift
  excess=$(( excess - 1 ))
done

size=$(du -h "$final" | cut -f1)
echo "Backup written: $final ($size). Keeping the newest $keep in $dir."
