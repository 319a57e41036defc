#!/usr/bin/env bash
# Builds artifacts/StrategyBot-teams-app.zip, the Teams sideloading package, with the bot id from configuration.
#   scripts/package-teams-app.sh
#   Bot__AppId=<app id> TEAMS_APP_VERSION=1.0.1 scripts/package-teams-app.sh
# The bot id comes from Bot__AppId, else Bot:AppId in user-secrets, appsettings.Development.json or appsettings.json
# of src/StrategyBot.App. TEAMS_APP_ID, TEAMS_APP_VERSION and TEAMS_APP_PACKAGE override the app id, the version and
# the output path. The work is done in node (manifest/tools/package-teams-app.mjs) because `zip` is not on every machine.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v node >/dev/null 2>&1; then
  echo "package-teams-app: node is required (Node.js 20 or newer)." >&2
  exit 1
fi

exec node "$repo_root/manifest/tools/package-teams-app.mjs" "$@"
