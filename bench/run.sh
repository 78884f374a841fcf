#!/usr/bin/env bash
# Benchmark baseline: builds Takomil's host and the bench in Release, installs the pinned JS peer
# (botbuilder 4.23.3), runs all three targets side by side on loopback, and rewrites the results
# section of docs/performance.md with the table and the machine's facts.
#
# Usage: bench/run.sh [--quick] [--no-doc] [any Takomil.Bench argument, e.g. --concurrency 1,16]
#        bench/run.sh diagrams [--quick] [--no-doc]   times BPMN + SVG + PNG of generated models instead
#   --quick    about 30 s instead of about 3 min (1 s warm-up, 2 s measured per cell)
#   --no-doc   print the table only, leave docs/performance.md alone
#   BENCH_TARGETS=js,raw bench/run.sh   runs a subset of targets
#   --fanout   instead: fan-out throughput against Teams' limits (bench/Takomil.Bench.FanOut, about 1.5 min),
#              rewriting the fan-out section of docs/performance.md; --people N, --one-conversation M pass through
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mode=full
write_doc=1
fanout=0
bench_args=()
diagrams=0
for a in "$@"; do
  case "$a" in
    diagrams|--diagrams) diagrams=1 ;;
    --quick) mode=quick; bench_args+=(--quick) ;;
    --no-doc) write_doc=0 ;;
    --fanout) fanout=1 ;;
    *) bench_args+=("$a") ;;
  esac
done

# Replaces the lines between two markers of docs/performance.md with a file's content.
write_section() {
  local doc=docs/performance.md start="$1" end="$2" block="$3" out
  if ! grep -qF "$start" "$doc" || ! grep -qF "$end" "$doc"; then
    echo "$doc has no markers ($start … $end)" >&2
    return 1
  fi
  out="$(mktemp)"
  awk -v block="$block" -v start="$start" -v end="$end" '
    $0 == start { print; print ""; while ((getline line < block) > 0) print line; print ""; skip = 1; next }
    $0 == end   { skip = 0 }
    !skip       { print }
  ' "$doc" > "$out"
  mv "$out" "$doc"
  echo "== $doc updated"
}

if [[ $fanout == 1 ]]; then
  echo "== build fan-out bench (Release)"
  dotnet build -c Release -nologo -v q bench/Takomil.Bench.FanOut
  table="$(mktemp)"
  trap 'rm -f "$table" "$table.block"' EXIT
  loadavg_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "== fan-out bench"
  dotnet bench/Takomil.Bench.FanOut/bin/Release/net10.0/Takomil.Bench.FanOut.dll --out "$table" "${bench_args[@]}" 2> >(grep -v '^warn\|^ *Connector ' >&2)
  [[ $write_doc == 1 ]] || exit 0
  {
    echo "Latest run: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo ' (with uncommitted changes)'); $(nproc) cores, load average before the run $loadavg_before."
    echo
    cat "$table"
  } > "$table.block"
  write_section '<!-- bench:fanout:start -->' '<!-- bench:fanout:end -->' "$table.block"
  exit 0
fi
targets="${BENCH_TARGETS:-takomil,js,raw}"

# replace_section FILE START END BLOCK_FILE — rewrites the lines between two marker lines of FILE.
replace_section() {
  local doc="$1" start="$2" end="$3" block="$4"
  if ! grep -qF "$start" "$doc" || ! grep -qF "$end" "$doc"; then
    echo "$doc has no markers ($start … $end)" >&2
    return 1
  fi
  awk -v block="$block" -v start="$start" -v end="$end" '
    $0 == start { print; print ""; while ((getline line < block) > 0) print line; print ""; skip = 1; next }
    $0 == end   { skip = 0 }
    !skip       { print }
  ' "$doc" > "$block.doc"
  mv "$block.doc" "$doc"
}

if [[ $diagrams == 1 ]]; then
  echo "== build (Release)"
  dotnet build -c Release -nologo -v q bench/Takomil.Bench
  table="$(mktemp)"
  trap 'rm -f "$table" "$table.block" "$table.block.doc"' EXIT
  loadavg_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "== diagrams ($mode)"
  dotnet bench/Takomil.Bench/bin/Release/net10.0/Takomil.Bench.dll --diagrams --out "$table" "${bench_args[@]}"
  [[ $write_doc == 1 ]] || exit 0
  {
    echo "Latest run: $(date -u '+%Y-%m-%d %H:%M UTC'), $mode mode, commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo ' (with uncommitted changes)')."
    echo "Machine: $(nproc) cores, load average before the run $loadavg_before; .NET SDK $(dotnet --version)."
    echo
    cat "$table"
  } > "$table.block"
  replace_section docs/performance.md '<!-- bench:diagrams:start -->' '<!-- bench:diagrams:end -->' "$table.block"
  echo "== docs/performance.md updated"
  exit 0
fi

echo "== build (Release)"
if [[ ",$targets," == *",takomil,"* ]]; then
  dotnet build -c Release -nologo -v q src/Takomil.Bot
fi
dotnet build -c Release -nologo -v q bench/Takomil.Bench

echo "== npm ci (bench/js)"
(cd bench/js && npm ci --no-audit --no-fund --loglevel=error)

table="$(mktemp)"
trap 'rm -f "$table" "$table.block" "$table.doc"' EXIT
loadavg_before="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "== bench ($mode)"
if ! dotnet bench/Takomil.Bench/bin/Release/net10.0/Takomil.Bench.dll \
    --targets "$targets" \
    --takomil-dll src/Takomil.Bot/bin/Release/net10.0/Takomil.Bot.dll \
    --js-bot bench/js/echo-bot.js \
    --out "$table" \
    "${bench_args[@]}"; then
  echo "bench failed (see above); docs/performance.md left unchanged" >&2
  exit 1
fi

[[ $write_doc == 1 ]] || exit 0

doc=docs/performance.md
start='<!-- bench:results:start -->'
end='<!-- bench:results:end -->'
if ! grep -qF "$start" "$doc" || ! grep -qF "$end" "$doc"; then
  echo "$doc has no results markers ($start … $end)" >&2
  exit 1
fi

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
mem="$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
runtime="$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ {v=$2} END {print v}')"
botbuilder="$(node -p "require('./bench/js/node_modules/botbuilder/package.json').version")"
{
  echo "Latest run: $(date -u '+%Y-%m-%d %H:%M UTC'), $mode mode, commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo ' (with uncommitted changes)')."
  echo
  echo "Machine: $(nproc) cores ($cpu), $mem RAM, Linux $(uname -r); load average before the run $loadavg_before."
  echo ".NET SDK $(dotnet --version), runtime $runtime; Node $(node --version); botbuilder $botbuilder."
  echo
  cat "$table"
} > "$table.block"

awk -v block="$table.block" -v start="$start" -v end="$end" '
  $0 == start { print; print ""; while ((getline line < block) > 0) print line; print ""; skip = 1; next }
  $0 == end   { skip = 0 }
  !skip       { print }
' "$doc" > "$table.doc"
mv "$table.doc" "$doc"
echo "== $doc updated"
