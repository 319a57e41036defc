# Helpers shared by scripts/test.sh and scripts/run.sh. Source it; it does nothing by itself.
# Needs only bash, coreutils and node (which every StrategyBot machine has, for npm).

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# The well-known key of Azurite's development account (public, documented by Microsoft; not a secret).
azurite_account=devstoreaccount1
azurite_key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

say() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

require_tools() {
  command -v node >/dev/null 2>&1 || fail "node is not installed. Install Node.js 20 or newer (it brings npm), then run this again."
  command -v npm >/dev/null 2>&1 || fail "npm is not installed. Install Node.js 20 or newer (it brings npm), then run this again."
  command -v dotnet >/dev/null 2>&1 || fail "dotnet is not installed. Install the .NET 10 SDK, then run this again."
}

# `npm ci` when node_modules is missing or was installed from another package-lock.json. A hash, not file times:
# git checkouts and branch switches change times without changing the lock file.
ensure_node_modules() {
  local stamp="$repo_root/node_modules/.strategybot-lock.sha256"
  local want
  want="$(sha256sum "$repo_root/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
     && [ -f "$repo_root/node_modules/azurite/dist/src/table/main.js" ] \
     && [ -f "$repo_root/node_modules/@microsoft/m365agentsplayground/cli.js" ]; then
    return 0
  fi
  say "Installing the pinned npm tools (Azurite, Agents Playground): npm ci"
  (cd "$repo_root" && npm ci --no-audit --no-fund) || fail "npm ci failed; see the output above (the npm registry must be reachable)."
  printf '%s\n' "$want" > "$stamp"
}

# Prints a TCP port that is free on this machine right now.
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});"
}

# Succeeds when nothing listens on port $1, on any interface (the Playground binds all of them).
port_is_free() {
  node -e "const s=require('net').createServer();s.once('error',()=>process.exit(1));s.listen($1,()=>s.close(()=>process.exit(0)));"
}

# Port $1 when it is free, otherwise any free port.
preferred_port() {
  if port_is_free "$1"; then echo "$1"; else free_port; fi
}

# Succeeds when GET $1 answers with a 2xx status within 3 s.
http_ok() {
  node -e "fetch(process.argv[1],{signal:AbortSignal.timeout(3000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1));" "$1"
}

azurite_connection_string() {
  printf 'DefaultEndpointsProtocol=http;AccountName=%s;AccountKey=%s;TableEndpoint=http://127.0.0.1:%s/%s;' \
    "$azurite_account" "$azurite_key" "$1" "$azurite_account"
}
