#!/usr/bin/env bash
# Runs the whole Takomil test suite on a fresh Debian machine with the .NET 10 SDK: installs the
# system and npm packages the tests need (Chromium, PostgreSQL, fonts, LibreOffice Writer and poppler for the
# report's PDF check, Node peers),
# builds with warnings as errors, runs every test project, and prints "N passed, N failed".
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

apt_ensure chromium chromium
apt_ensure /usr/lib/postgresql/15/bin/initdb postgresql
apt_ensure fc-list fontconfig fonts-dejavu-core
# The inspection report is converted to PDF and read back (tests/Takomil.Reports.Tests).
apt_ensure soffice libreoffice-writer-nogui
apt_ensure pdftotext poppler-utils
# Liberation 2 stands in for Times New Roman with the Uzbek letters (ʻ ʼ қ ғ ҳ) that Liberation 1 lacks.
apt_ensure /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf fonts-liberation2
apt_ensure curl curl
npm_ci

cd "$ROOT"
export TAKOMIL_SHARED_DIR="${TAKOMIL_SHARED_DIR:-$ROOT/../shared}"
# The tests start PostgreSQL themselves; here its absence must fail, not skip.
export TAKOMIL_REQUIRE_POSTGRES=1
# Likewise the browser journeys in the Agents Playground, the official card renderer and the report's PDF check.
export TAKOMIL_REQUIRE_E2E=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build Bot.sln -c Release -nologo -v quiet -warnaserror

RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"
set +e
dotnet test Bot.sln -c Release --no-build -nologo -v quiet \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS"
status=$?
set -e

# dotnet test's own summary is per project; CI reads one line from the real TRX results.
passed=0; failed=0; skipped=0
for trx in "$RESULTS"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed))); failed=$((failed + $(get failed)))
  total=$(get total); executed=$(get executed); skipped=$((skipped + total - executed))
done
if [ "$passed" = 0 ] && [ "$failed" = 0 ]; then failed=1; echo "no test results found" >&2; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" = 0 ] && [ "$failed" = 0 ]
