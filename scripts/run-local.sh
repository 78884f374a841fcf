#!/usr/bin/env bash
# Runs Takomil locally: the bot on SQLite (local mode, no Azure) and the Microsoft 365 Agents
# Playground (a Teams simulator) talking to it. Open the printed URL. Ctrl-C stops both.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"

# Diagram images are drawn with DejaVu Sans (Uzbek Latin and Cyrillic glyphs).
apt_ensure /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf fontconfig fonts-dejavu-core
apt_ensure curl curl
npm_ci
echo "Building Takomil…"
dotnet build "$ROOT/src/Takomil.Bot" -c Release -nologo -v quiet

cd "$ROOT"
mkdir -p data
pids=()
# Each child runs in its own process group (setsid), so stopping it stops everything it started (npx → node).
cleanup() {
  trap - EXIT INT TERM
  for p in "${pids[@]}"; do kill -TERM -- "-$p" 2>/dev/null || kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

ASPNETCORE_ENVIRONMENT=Development \
  setsid dotnet "$ROOT/src/Takomil.Bot/bin/Release/net10.0/Takomil.Bot.dll" --urls "http://127.0.0.1:$BOT_PORT" \
  --contentRoot "$ROOT/src/Takomil.Bot/bin/Release/net10.0" &
pids+=($!)
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$BOT_PORT/healthz" >/dev/null 2>&1 && break; sleep 0.5; done

(cd "$ROOT/tests/js" && TEAMSAPPTESTER_BROWSER=none \
  M365_AGENTS_PLAYGROUND_CONFIG_PATH="$ROOT/tests/playground/takomil.playground.yml" \
  exec setsid npx --no-install agentsplayground -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams \
  -p "$PLAYGROUND_PORT" --disable-telemetry) &
pids+=($!)

echo
echo "Takomil is running. Open http://localhost:$PLAYGROUND_PORT in a browser (Ctrl-C stops it)."
wait -n "${pids[@]}"
