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

if ! command -v wrk >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get install -y -qq wrk >/dev/null
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
wrk -t"$threads" -c"$connections" -d5s -s bench/load/claims.lua "http://127.0.0.1:$port" >/dev/null   # warm-up
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/load/claims.lua "http://127.0.0.1:$port"
