#!/usr/bin/env bash
# The one local run command (README). Starts, on loopback and with no Azure account:
#   1. Azurite (table service), data kept in .local/azurite so plans survive a restart;
#   2. StrategyBot (dotnet run, Development) on http://127.0.0.1:3978 against that Azurite;
#   3. the Microsoft 365 Agents Playground (Teams-like chat) on http://localhost:56150, telemetry off.
# Busy ports are replaced by free ones (printed). Logs: .local/logs/. Ctrl+C stops all three.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$repo_root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

logs="$repo_root/.local/logs"
azurite_data="$repo_root/.local/azurite"
mkdir -p "$logs" "$azurite_data"

service_names=()
service_pids=()
service_signals=()

# Starts "$@" in its own session (so Ctrl+C reaches only this script, which then stops each service in order)
# with output in .local/logs/<name>.log.
start_service() {
  local name=$1 stop_signal=$2
  shift 2
  setsid "$@" >"$logs/$name.log" 2>&1 </dev/null &
  service_names+=("$name")
  service_pids+=("$!")
  service_signals+=("$stop_signal")
}

stop_services() {
  trap - INT TERM EXIT
  local i pid waited
  for ((i = ${#service_pids[@]} - 1; i >= 0; i--)); do
    pid=${service_pids[$i]}
    kill -0 "$pid" 2>/dev/null || continue
    echo "Stopping ${service_names[$i]}..."
    kill -"${service_signals[$i]}" -- "-$pid" 2>/dev/null || true
    for ((waited = 0; waited < 100; waited++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
}
trap stop_services EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits until "$2 ..." succeeds, while service $1 is still running; gives up after $timeout seconds.
wait_until() {
  local name=$1 timeout=$2
  shift 2
  local pid=${service_pids[${#service_pids[@]} - 1]}
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    kill -0 "$pid" 2>/dev/null || { tail -n 40 "$logs/$name.log" >&2; fail "$name stopped while starting; its log is $logs/$name.log (last lines above)."; }
    [ "$SECONDS" -lt "$deadline" ] || { tail -n 40 "$logs/$name.log" >&2; fail "$name did not become ready within ${timeout}s; see $logs/$name.log."; }
    sleep 0.5
  done
}

require_tools
ensure_node_modules

azurite_port=$(preferred_port 10002)
bot_port=$(preferred_port 3978)
playground_port=$(preferred_port 56150)

say "Starting Azurite on 127.0.0.1:$azurite_port (data in .local/azurite)"
# SIGINT is Azurite's graceful stop: it flushes its database to disk (a kill could lose the last 5 s).
start_service azurite INT node node_modules/azurite/dist/src/table/main.js \
  --tableHost 127.0.0.1 --tablePort "$azurite_port" --location "$azurite_data" --disableTelemetry
wait_until azurite 60 grep -q "successfully started" "$logs/azurite.log"

say "Starting StrategyBot on http://127.0.0.1:$bot_port (the first build takes a minute)"
start_service bot TERM env \
  ASPNETCORE_ENVIRONMENT=Development \
  "Storage__ConnectionString=$(azurite_connection_string "$azurite_port")" \
  dotnet run --project src/StrategyBot.App -c Debug --no-launch-profile --urls "http://127.0.0.1:$bot_port"
wait_until bot 300 http_ok "http://127.0.0.1:$bot_port/healthz"

say "Starting the Microsoft 365 Agents Playground on port $playground_port"
# The Playground silently moves to a random port when its port is busy, which would break --service-url: the port
# was checked free above. Both telemetry switches are needed to keep it off the network (docs/playground.md#starting-offline).
start_service playground TERM env \
  TEAMSAPPTESTER_BROWSER=none APPLICATION_INSIGHTS_NO_STATSBEAT=1 \
  "M365_AGENTS_PLAYGROUND_LOGFILE=$logs/playground-internal.log" \
  node node_modules/@microsoft/m365agentsplayground/cli.js \
  -e "http://127.0.0.1:$bot_port/api/messages" -c msteams --disable-telemetry \
  -p "$playground_port" --service-url "http://127.0.0.1:$playground_port/_connector"
wait_until playground 60 http_ok "http://127.0.0.1:$playground_port/_debug/ping"

cat <<EOF

============================================================
  Open http://localhost:$playground_port to chat with StrategyBot
============================================================
  bot:        http://127.0.0.1:$bot_port (health: /healthz)
  storage:    Azurite on 127.0.0.1:$azurite_port, data in .local/azurite
  logs:       .local/logs/{azurite,bot,playground}.log
  Press Ctrl+C to stop all three.

EOF

# Returns when any service exits (or on Ctrl+C); the EXIT trap then stops the others.
set +e
wait -n "${service_pids[@]}"
status=$?
set -e
for i in "${!service_pids[@]}"; do
  if ! kill -0 "${service_pids[$i]}" 2>/dev/null; then
    echo "${service_names[$i]} stopped (exit $status); see $logs/${service_names[$i]}.log. Stopping the others." >&2
  fi
done
exit "$status"
