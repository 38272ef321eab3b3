#!/usr/bin/env bash
# The production stack, started for real and checked from outside, as a school's admin would run it:
# compose.yml + compose.prod.yml, images built from this checkout, a generated .env, everything through Caddy over
# HTTPS with its internal CA. Prints each step; stops at the first failure with a non-zero status (and the
# containers' logs); always takes the stack down (`down -v`) at the end.
#
#   bash docker/stack-test.sh            # needs root (or the docker group), dockerd running, debootstrap
#
# On a machine without an image registry (CI here) the official base images are replaced by local stand-ins built
# from Debian's packages (docker/test-bases/build.sh; docs/operations.md, "The stack test", says what differs).
# Set STACK_OFFICIAL_IMAGES=1 to build on the official images instead. Driven with Debian's docker-compose 1.29
# (`docker-compose`); schools use `docker compose` v2 with the same files.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export DOCKER_BUILDKIT=0 COMPOSE_DOCKER_CLI_BUILD=0  # the classic builder pulls nothing it does not need
project="ks3stack"
work="$(mktemp -d)"
started=$SECONDS
[ -x .venv/bin/python ] || make install  # the hostile-code suite (step 7) runs from the project's virtualenv

step() { echo "[stack $((SECONDS - started))s] $*"; }
compose() { docker-compose -p "$project" --env-file "$work/.env" -f compose.yml -f compose.prod.yml "$@"; }
container() { compose ps -q "$1"; }

finish() {
  status=$?
  if [ "$status" -ne 0 ]; then
    echo "[stack] FAILED (exit $status). Last logs:" >&2
    compose logs --no-color --tail=60 >&2 2>/dev/null || true
  fi
  docker rm -f "${project}_replica1" "${project}_replica2" >/dev/null 2>&1 || true
  compose down -v --remove-orphans >/dev/null 2>&1 || true
  rm -rf "$work"
  [ "$status" -eq 0 ] && echo "[stack] passed in $((SECONDS - started)) s"
  exit "$status"
}
trap finish EXIT

fail() { echo "[stack] FAILED: $*" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
secret() { python3 -c 'import secrets; print(secrets.token_hex(24))'; }

wait_healthy() {  # every container of the stack with a healthcheck is healthy, within $1 seconds
  local deadline=$((SECONDS + $1)) service id health
  for service in db runner api; do
    id="$(container "$service")"
    while true; do
      health="$(docker inspect -f '{{.State.Health.Status}}' "$id")"
      [ "$health" = "healthy" ] && break
      [ "$SECONDS" -ge "$deadline" ] && fail "$service is '$health' after $1 s"
      sleep 1
    done
  done
  [ "$(docker inspect -f '{{.State.Running}}' "$(container proxy)")" = "true" ] || fail "the proxy is not running"
}

# ---------------------------------------------------------------------------------------------------------------
step "1. base images"
if [ -z "${STACK_OFFICIAL_IMAGES:-}" ]; then
  bash docker/test-bases/build.sh
  images="BASE_IMAGE=ks3-test/debian:bookworm
CADDY_IMAGE=ks3-test/caddy:latest
POSTGRES_IMAGE=ks3-test/postgres:latest"
else
  images=""
fi

step "2. a generated .env (as docs/operations.md step 2.4 writes it)"
# Networks in 10.213.x: outside Docker's own address pools (172.17-31.x, 192.168.x), so they cannot overlap a
# network Docker handed out on this machine before.
https_port="$(free_port)"
admin_password="Stack-$(secret)"
cat > "$work/.env" <<EOF
KS3_VERSION=stacktest
SITE_HOST=localhost
SITE_IP=127.0.0.1
HTTP_PORT=$(free_port)
HTTPS_PORT=$https_port
EDGE_SUBNET=${STACK_EDGE_SUBNET:-10.213.91.0/24}
DATA_SUBNET=${STACK_DATA_SUBNET:-10.213.92.0/24}
POSTGRES_PASSWORD=$(secret)
SESSION_SECRET=$(secret)
RUNNER_TOKEN=$(secret)
ENCRYPTION_KEY=
API_WORKERS=2
BACKUP_DIR=$work/backups
$images
EOF
mkdir -p "$work/backups"

step "3. build the images (proxy, api, runner, backup)"
compose build --quiet proxy api runner backup 2>&1 | grep -v -e "legacy builder" -e "BuildKit" -e "^ *$" || true

step "4. up -d, then every healthcheck passes"
compose up -d --quiet-pull 2>&1 | tail -n 3
wait_healthy 180
version="$(compose exec -T api tesseract --version 2>&1 | head -n 1)"
[[ "$version" == tesseract* ]] || fail "the API image cannot read text in pictures: $version"
echo "  - the API image reads text in pictures: $version"

step "5. Caddy's internal CA, as a school PC is told to trust it"
for _ in $(seq 1 30); do
  compose exec -T proxy cat /data/caddy/pki/authorities/local/root.crt > "$work/ca.crt" 2>/dev/null && break
  sleep 1
done
grep -q "BEGIN CERTIFICATE" "$work/ca.crt" || fail "no CA certificate in the proxy's /data"
created="$(compose exec -T api python -m app create-admin --username admin --name "Stack Admin" \
  --password "$admin_password")"
echo "$created" | sed 's/^/  /'
grep -q "Two-step sign-in is required for admins" <<<"$created" \
  || fail "create-admin did not say how to set up two-step sign-in"
base="https://localhost:$https_port"

step "6. through the proxy: health, readiness, the admin signs in with two-step sign-in, accounts, a class, a Python answer marked in the runner"
python3 docker/stack_check.py flow --base "$base" --ca "$work/ca.crt" --admin-password "$admin_password" \
  --state "$work/state.json"

step "7. the hostile-code suite against the runner container"
# The runner has no network: the suite reaches it, as the API does, through the socket in its volume.
socket_dir="$(docker volume inspect -f '{{.Mountpoint}}' "${project}_runner_socket")"
runner_token="$(grep '^RUNNER_TOKEN=' "$work/.env" | cut -d= -f2)"
(cd backend && STACK_RUNNER_URL="unix://$socket_dir/runner.sock" STACK_RUNNER_TOKEN="$runner_token" \
  STACK_RUNNER_APP_DIR=/opt/ks3/backend \
  "$repo/.venv/bin/python" -m pytest tests/sandbox/test_hostile.py -q -p no:randomly -p no:cacheprovider \
  -k "service" 2>&1 | tail -n 3) | tee "$work/hostile.log"
grep -q " passed" "$work/hostile.log" && ! grep -q -e "failed" -e "error" "$work/hostile.log" \
  || fail "the hostile-code suite did not pass against the runner container"

step "8. restart the API while a pupil autosaves: no acknowledged answer lost"
python3 docker/stack_check.py autosave --base "$base" --ca "$work/ca.crt" --state "$work/state.json" \
  --seconds 40 &
saver=$!
sleep 4
compose restart -t 30 api >/dev/null 2>&1
wait_healthy 120
wait "$saver" || fail "autosave across the API restart"

step "9. read-only roots: nothing written outside volumes and tmpfs"
for service in proxy api runner; do
  id="$(container "$service")"
  [ "$(docker inspect -f '{{.HostConfig.ReadonlyRootfs}}' "$id")" = "true" ] || fail "$service's root is writable"
  # Docker itself adds the mount points of volumes and tmpfs and, for `init: true`, /usr/sbin/docker-init:
  # those (and their parent folders) are not writes by the service; anything else is.
  mounts="$(docker inspect -f '{{range .Mounts}}{{.Destination}} {{end}}{{range $k, $v := .HostConfig.Tmpfs}}{{$k}} {{end}}' "$id")"
  changed="$(docker diff "$id" | python3 -c '
import sys
from pathlib import PurePath
docker_made = set(sys.argv[1:]) | {"/usr/sbin/docker-init"}
parents = {str(p) for m in docker_made for p in PurePath(m).parents}
for line in sys.stdin:
    kind, path = line.split(maxsplit=1)
    path = path.strip()
    if not ((kind == "A" and path in docker_made) or (kind == "C" and path in parents)):
        print(line.strip())
' $mounts)"
  [ -z "$changed" ] || fail "$service wrote to its root: $changed"
  if docker exec "$id" sh -c 'echo x > /written-by-the-stack-test' 2>/dev/null; then
    fail "$service could write to its root"
  fi
  echo "  - $service: read-only root (a write is refused), nothing written to it since it started"
done

step "10. networks: the runner has none; the database is not on the edge"
api_image="ks3-assessment/api:stacktest"
reach='import socket, sys
host, port = sys.argv[1], int(sys.argv[2])
try:
    socket.create_connection((host, port), timeout=3).close(); print("reached")
except OSError as exc:
    print("refused:", type(exc).__name__)'
out="$(docker exec "$(container runner)" python -c "$reach" db 5432)"
[[ "$out" == refused:* ]] || fail "the runner reached the database: $out"
echo "  - runner -> db:5432: $out"
out="$(docker run --rm --network "${project}_edge" --entrypoint python "$api_image" -c "$reach" db 5432)"
[[ "$out" == refused:* ]] || fail "the database is reachable from the edge network: $out"
echo "  - a container on the edge network -> db:5432: $out"
db_ip="$(docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$(container db)")"
out="$(docker exec "$(container runner)" python -c "$reach" "$db_ip" 5432)"
[[ "$out" == refused:* ]] || fail "the runner reached the database at $db_ip: $out"
echo "  - runner -> $db_ip:5432 (the database's address): $out"
out="$(docker run --rm --network "${project}_edge" --entrypoint python "$api_image" -c "$reach" "$db_ip" 5432)"
[[ "$out" == refused:* ]] || fail "the database at $db_ip is reachable from the edge network: $out"
echo "  - a container on the edge network -> $db_ip:5432: $out"
out="$(docker exec "$(container api)" python -c "$reach" db 5432)"
[ "$out" = "reached" ] || fail "the API cannot reach the database: $out"
echo "  - api -> db:5432: reached (the one that should)"
routes="$(docker exec "$(container runner)" cat /proc/net/route)"
echo "$routes" | awk 'NR > 1 && $2 == "00000000" { found = 1 } END { exit found }' \
  || fail "the runner has a default route: $routes"
echo "  - runner's routing table (read from inside): $(echo "$routes" | awk 'NR > 1' | wc -l) routes, no way out"
interfaces="$(docker exec "$(container runner)" ls /sys/class/net | tr '\n' ' ')"
[ "$interfaces" = "lo " ] || fail "the runner has network interfaces besides loopback: $interfaces"
echo "  - runner's network interfaces: $interfaces"

step "11. backup with the backup service, restore into a new empty database, compare"
compose run --rm backup >/dev/null 2>&1 || fail "the backup service failed"
dump="$(ls -t "$work/backups" | head -n 1)"
[ -n "$dump" ] || fail "no backup file was written"
compose run --rm -e PGDATABASE=restored backup restore.sh "/backups/$dump" >/dev/null 2>&1 \
  || fail "restore.sh into an empty database failed"
counts='SELECT string_agg(format($$%s=%s$$, table_name,
          (xpath($$/row/c/text()$$, query_to_xml(format($$SELECT count(*) AS c FROM %I$$, table_name), false, true, $$$$)))[1]::text), $$ $$ ORDER BY table_name)
        FROM information_schema.tables WHERE table_schema = $$public$$ AND table_type = $$BASE TABLE$$'
sample='SELECT md5(string_agg(id::text || answer_data::text, $$,$$ ORDER BY id)) FROM (SELECT * FROM answers ORDER BY id LIMIT 50) a'
for query in "$counts" "$sample"; do
  live="$(compose exec -T db psql -U assessment_user -d ks3_assessment -Atc "$query")"
  restored="$(compose exec -T db psql -U assessment_user -d restored -Atc "$query")"
  [ -n "$live" ] || fail "nothing to compare: $query"
  [ "$live" = "$restored" ] || fail "the restore differs: $live vs $restored"
done
echo "  - row counts compared: $(compose exec -T db psql -U assessment_user -d restored -Atc "$counts" | tr ' ' '\n' | grep -E '^(users|answers|attempts|questions)=' | tr '\n' ' ')"
echo "  - $dump restored: every table's row count and a sample of answers identical"

step "12. two API replicas started at once on an empty database: exactly one migrates"
compose exec -T db createdb -U assessment_user replicas
db_url="postgresql+psycopg://assessment_user:$(grep '^POSTGRES_PASSWORD=' "$work/.env" | cut -d= -f2)@db:5432/replicas"
for n in 1 2; do  # as the api service starts: `serve` migrates, then serves
  docker run -d --name "${project}_replica$n" --network "${project}_data" -e APP_ENV=production \
    -e SESSION_SECRET="$(secret)" -e DATABASE_URL="$db_url" -e RUNNER_URL= -e SERVE_WEB=false \
    "$api_image" serve --host 0.0.0.0 --port 8000 >/dev/null
done
deadline=$((SECONDS + 120))
until [ "$(for n in 1 2; do docker logs "${project}_replica$n" 2>&1; done | grep -c "is running at")" = 2 ]; do
  [ "$SECONDS" -lt "$deadline" ] || fail "the two replicas did not both start: $(docker logs "${project}_replica1" 2>&1 | tail -5)"
  sleep 1
done
logs="$(for n in 1 2; do docker logs "${project}_replica$n" 2>&1; docker rm -f "${project}_replica$n" >/dev/null; done)"
migrated="$(echo "$logs" | grep -c "Database migrated" || true)"
already="$(echo "$logs" | grep -c "already up to date" || true)"
[ "$migrated" = 1 ] && [ "$already" = 1 ] || fail "two replicas at once: $logs"
echo "  - both replicas serving; one migrated, the other waited and found it up to date"

step "13. stop and start the stack: the data is kept"
compose stop -t 30 >/dev/null 2>&1
compose start >/dev/null 2>&1
wait_healthy 180
python3 docker/stack_check.py kept --base "$base" --ca "$work/ca.crt" --state "$work/state.json"

step "14. down -v"
