#!/usr/bin/env bash
# Measures what a newcomer waits for and what an API client pays per request:
#   1. cold start: `./mvnw spring-boot:run` on a fresh data folder until /login answers 200
#      (includes Maven, compilation if needed, initdb, Flyway and the demo data);
#   2. restart on the same data until /login answers;
#   3. GET /api/v1/me with HTTP Basic (first call and p50/p95 of the next 50) and with a session.
# Run as a normal user from the repository root: scripts/measure-startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8089}
data=$(mktemp -d)
log=$(mktemp)

wait_for_login() {
    for _ in $(seq 1 600); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login")" = 200 ]; then return 0; fi
        sleep 0.1
    done
    echo "the application did not start; see $log" >&2; exit 1
}
start_app() {
    APP_DATA_DIR="$data" SERVER_PORT=$port ./mvnw -B -q spring-boot:run >"$log" 2>&1 &
    app=$!
}
stop_app() {
    kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true
    pkill -f "vn.thidua.Application.*$port" 2>/dev/null || true
    sleep 2
}
percentiles() { sort -n | awk '{a[NR]=$1} END {printf "p50 %.0f ms, p95 %.0f ms (n=%d)\n", a[int((NR+1)/2)]*1000, a[int(NR*0.95+0.5)]*1000, NR}'; }

t0=$(date +%s.%N); start_app; wait_for_login; t1=$(date +%s.%N)
echo "cold start to a served login page: $(echo "$t1 - $t0" | bc) s"
stop_app
t0=$(date +%s.%N); start_app; wait_for_login; t1=$(date +%s.%N)
echo "restart on existing data:         $(echo "$t1 - $t0" | bc) s"

me="http://localhost:$port/api/v1/me"
echo "HTTP Basic, first request:        $(curl -s -o /dev/null -w '%{time_total}' -u admin:ThiDua@2020 "$me") s"
echo -n "HTTP Basic, next 50 requests:     "
for _ in $(seq 1 50); do curl -s -o /dev/null -w '%{time_total}\n' -u admin:ThiDua@2020 "$me"; done | percentiles
jar=$(mktemp)
token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=admin --data-urlencode password=ThiDua@2020 \
    --data-urlencode "_csrf=$token" "http://localhost:$port/login"
echo -n "session cookie, 50 requests:      "
for _ in $(seq 1 50); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$me"; done | percentiles
stop_app
rm -rf "$data" "$jar"
