#!/usr/bin/env bash
# Load test of `frontline serve`: claims by bbox and date window over a ledger of synthetic claims.
#   bench/load/run.sh                      # 1,000,000 claims, 30 s, 32 connections
#   CLAIMS=100000 DURATION=10s bench/load/run.sh
# Traffic goes to 127.0.0.1 only, for a bounded time; the server is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

claims=${CLAIMS:-1000000}
db=${DB:-${TMPDIR:-/tmp}/frontline-load-$claims.db}
port=${PORT:-5181}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}

if ! command -v wrk >/dev/null || [ ! -x /usr/bin/time ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get install -y -qq wrk time >/dev/null
fi

for project in src/Frontline.Cli bench/load/Frontline.LoadLedger; do
  dotnet build -c Release --nologo -v quiet "$project" | grep -E " error " || true
done
if [ ! -f "$db" ]; then
  dotnet bench/load/Frontline.LoadLedger/bin/Release/net10.0/Frontline.LoadLedger.dll --db "$db" --claims "$claims"
fi

dotnet src/Frontline.Cli/bin/Release/net10.0/frontline.dll serve --db "$db" --urls "http://127.0.0.1:$port" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/api/claims?limit=1" >/dev/null && break
  sleep 0.2
done

echo "ledger: $db ($(du -h "$db" | cut -f1)), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "example: $(curl -s -o /dev/null -w '%{http_code} %{size_download} bytes %{time_total} s' "http://127.0.0.1:$port/api/claims?bbox=36,49,37,49.6&from=2022-09-01&to=2022-09-07&limit=50")"
# Warm-up: long enough for .NET's tiered JIT to finish optimising the request path. With a 5 s warm-up on a loaded
# machine the measured CPU per request was 1.8 ms, of which a seventh was still the JIT; after 20 s it is ~1.0 ms.
wrk -t"$threads" -c"$connections" -d"${WARMUP:-20s}" -s bench/load/claims.lua "http://127.0.0.1:$port" >/dev/null
# The server's own CPU time per request, from /proc: a figure the other processes on the machine do not skew.
cpu() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
before=$(cpu)
# wrk's own CPU too: on 2 cores the load generator and the server share the same CPUs.
out=$( { /usr/bin/time -f "wrk CPU %U user %S sys" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/load/claims.lua "http://127.0.0.1:$port"; } 2>&1)
after=$(cpu)
echo "$out"
requests=$(echo "$out" | awk '/^requests / { gsub(",", "", $2); print $2 }')
wrk_cpu=$(echo "$out" | awk '/^wrk CPU/ { print $3 + $5 }')
awk -v t="$(getconf CLK_TCK)" -v c=$((after - before)) -v n="$requests" -v w="$wrk_cpu" -v cores="$(nproc)" 'BEGIN {
  ms = c * 1000 / t / n; wms = w * 1000 / n
  printf "server CPU %.3f ms per request (%d requests); wrk CPU %.3f ms per request\n", ms, n, wms
  printf "at most %.0f req/s on %d cores with nothing else running (server and wrk CPU together)\n", cores * 1000 / (ms + wms), cores }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
