#!/usr/bin/env bash
# The one test command (README, and .ci/run calls exactly this).
# It installs what the tests need on a fresh Debian machine, then builds and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages: PostgreSQL + PostGIS for the team store and area cross-checks, Chromium for the
# browser tests, GDAL for checking exports. Installed only when missing so a warm laptop skips apt.
packages=(postgresql postgresql-15-postgis-3 chromium gdal-bin)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Front-end packages for the web page (built by the server project's own build).
if [ -f src/Frontline.Server/web/package.json ]; then
  (cd src/Frontline.Server/web && npm ci --no-audit --no-fund --loglevel=error)
fi

dotnet build Frontline.slnx -c Release -warnaserror --nologo -v quiet
log=$(mktemp)
set +e
dotnet test Frontline.slnx -c Release --no-build --nologo -v quiet 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain closing line summed over the test projects: "N passed, N failed, N skipped".
awk '/(Passed|Failed)!/ {
  for (i = 1; i <= NF; i++) {
    if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1)
  } } END { gsub(",", "", p); printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
