#!/usr/bin/env bash
# What clients see when the embedded database fails, and how fast the application recovers:
#   1. starts the application (./mvnw spring-boot:run) on a fresh data folder;
#   2. sends GET /api/v1/me (HTTP Basic) every 100 ms for the whole run, each with at most 30 s;
#   3. kill -9 of the postmaster: counts the 5xx answers and the seconds until requests succeed again;
#   4. kill -STOP of the (new) server, postmaster and backends, for STOP_SECONDS, then kill -CONT: counts the 5xx answers and
#      the requests that took longer than TIMEOUT seconds (the database timeouts are 3 s for a
#      connection, 30 s for a statement).
# Run as a normal user from the repository root: scripts/database-faults.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8093}
timeout=${TIMEOUT:-5}
stop_seconds=${STOP_SECONDS:-10}
data=$(mktemp -d)
log=${APP_LOG:-$(mktemp)}
requests=$(mktemp)
url="http://localhost:$port/api/v1/me"
now() { date +%s.%N; }

setsid env APP_DATA_DIR="$data" SERVER_PORT="$port" ./mvnw -B -q spring-boot:run >"$log" 2>&1 &
app=$!
postmaster=
cleanup() {
    [ -n "${loop:-}" ] && kill "$loop" 2>/dev/null || true
    [ -n "${frozen:-}" ] && kill -CONT $frozen 2>/dev/null || true
    kill -TERM -- "-$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    rm -rf "$data"
}
trap cleanup EXIT

for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login")" = 200 ] && break
    sleep 0.1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' -u admin:ThiDua@2020 "$url")" = 200 ] || { echo "the application did not start; see $log" >&2; exit 1; }

# one request every 100 ms, each in the background so a hanging one does not hold the others back
(
    while true; do
        ( start=$(now); code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -u admin:ThiDua@2020 "$url" || true)
          echo "$start $(now) ${code:-000}" >>"$requests" ) &
        sleep 0.1
    done
) &
loop=$!

pid_of_postmaster() { head -1 "$data/postgres/postmaster.pid" 2>/dev/null || true; }
# a request belongs to a phase if it was answered after the phase began and sent before it ended
phase() { awk -v from="$1" -v to="$2" '$2 >= from && $1 < to' "$requests"; }

sleep 3
postmaster=$(pid_of_postmaster)
killed=$(now)
kill -9 "$postmaster"
postmaster=
sleep 20
stopped_at=$(now)
postmaster=$(pid_of_postmaster)
# the whole server freezes: the postmaster and every backend it started (a stopped postmaster alone
# leaves the open connections working)
frozen="$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
kill -STOP $frozen
sleep "$stop_seconds"
kill -CONT $frozen
continued=$(now)
frozen=
sleep 10
ended=$(now)
kill "$loop"; loop=
sleep 1

kill_phase=$(phase "$killed" "$stopped_at")
# back = the moment the last failed or slow (> 1 s) answer of the kill phase came: from then on every
# request was answered 200 within a second
recovered=$(echo "$kill_phase" | awk -v k="$killed" '
    $3 != 200 || $2 - $1 > 1 { if ($2 - k > back) back = $2 - k } END { printf "%.1f", back }')
kill_longest=$(echo "$kill_phase" | awk '{ d = $2 - $1; if (d > m) m = d } END { printf "%.1f s", m }')
stop_phase=$(phase "$stopped_at" "$ended")
count() { echo "$1" | awk "$2" | wc -l; }

echo "kill -9 of the postmaster:"
echo "  requests:                      $(count "$kill_phase" 'NF')"
echo "  5xx answers:                   $(count "$kill_phase" '$3 >= 500')"
echo "  other failures (no answer/4xx): $(count "$kill_phase" '$3 < 200 || ($3 >= 400 && $3 < 500)')"
echo "  longest request:               $kill_longest"
echo "  seconds until every request is answered 200 within 1 s again: $recovered"
echo "kill -STOP of the server (postmaster and backends) for $stop_seconds s, then -CONT:"
echo "  requests:                      $(count "$stop_phase" 'NF')"
echo "  5xx answers:                   $(count "$stop_phase" '$3 >= 500')"
echo "  other failures (no answer/4xx): $(count "$stop_phase" '$3 < 200 || ($3 >= 400 && $3 < 500)')"
echo "  requests longer than $timeout s:      $(count "$stop_phase" "\$2 - \$1 > $timeout")"
echo "  longest request:               $(echo "$stop_phase" | awk '{ d = $2 - $1; if (d > m) m = d } END { printf "%.1f s", m }')"
echo "after -CONT: $(count "$(phase "$continued" "$ended")" '$3 == 200') of $(count "$(phase "$continued" "$ended")" 'NF') requests answered 200"
