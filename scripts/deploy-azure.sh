#!/usr/bin/env bash
# Deploys StrategyBot to Azure with the Microsoft 365 Agents Toolkit project (m365agents.yml): provision (infra/main.bicep,
# the Teams app registration and its package), then deploy (dotnet publish + zip deploy). README, "Deploying to Azure".
#   scripts/deploy-azure.sh          the "dev" environment (infra/env/.env.dev)
#   scripts/deploy-azure.sh prod     another environment: copy infra/env/.env.dev to infra/env/.env.prod first
# Sign in first, once: npx @microsoft/m365agentstoolkit-cli@1.1.17 auth login azure (and: auth login m365).
# The toolkit asks for the subscription and resource group unless AZURE_SUBSCRIPTION_ID and AZURE_RESOURCE_GROUP_NAME
# are set in the environment file.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
environment="${1:-dev}"
atk=(npx --yes @microsoft/m365agentstoolkit-cli@1.1.17)

[ -f "$repo_root/infra/env/.env.$environment" ] \
  || { echo "deploy-azure: infra/env/.env.$environment does not exist; copy infra/env/.env.dev and edit it." >&2; exit 1; }

cd "$repo_root"
"${atk[@]}" provision --env "$environment"
"${atk[@]}" deploy --env "$environment"
