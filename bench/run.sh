#!/usr/bin/env bash
# The bench (issue 5): builds Release, then runs the interview load against the bot and the floor, and the check-in
# fan-out, against Azurite and a fake Bot Connector on loopback. Writes bench/results/<date>.md and prints the table.
# Everything it starts (Azurite, the bot, the floor) listens on 127.0.0.1 and is stopped before it exits.
# Arguments go to the driver, for example:
#   bench/run.sh --levels 1,8 --interviews 8 --skip-fanout       a quick look
#   bench/run.sh --fanout-users 2000 --fanout-tenants 1          one tenant's fan-out
#   bench/run.sh explore                                         one interview, every reply printed
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
cd "$repo_root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

require_tools
ensure_node_modules

say "Building Release: the bot (with the seeder that uses its storage types), the floor and the driver"
for project in bench/Seeder bench/Floor bench/Driver; do
  dotnet build "$project" -c Release -v quiet -clp:ErrorsOnly --nologo || fail "dotnet build $project failed (see above)."
done

say "Running the bench (about 6 minutes with the defaults on an idle machine)"
exec dotnet bench/Driver/bin/Release/net10.0/StrategyBot.Bench.Driver.dll "$@"
