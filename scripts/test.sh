#!/usr/bin/env bash
# The one test command (README, .ci/run). On a machine with only the .NET SDK and Node/npm it installs what the
# tests need (the pinned npm tools, Debian's Chromium), runs every test project in Release, and ends with one line:
#   N passed, N failed, N skipped
# It exits non-zero when anything failed, a project did not build or run, or no test ran at all.
# Storage tests start their own Azurite on free loopback ports, so this can run beside scripts/run.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$repo_root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Debian packages the tests need: Chromium renders cards to images; DejaVu covers Persian script.
apt_packages=(chromium fonts-dejavu-core)
results_dir="$repo_root/artifacts/test-results"

ensure_apt_packages() {
  local missing=()
  local package
  for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  if [ ${#missing[@]} -eq 0 ] && [ -x /usr/bin/chromium ]; then
    return 0
  fi

  command -v apt-get >/dev/null 2>&1 \
    || fail "The tests need ${missing[*]} (Debian packages; Chromium at /usr/bin/chromium), but this machine has no apt-get. Install them with your package manager, then run this again."
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      fail "The tests need ${missing[*]}, and installing them needs root. Run: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    fi
  fi

  say "Installing Debian packages for the tests: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq || fail "apt-get update failed (see above): the Debian package mirror must be reachable."
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || fail "apt-get install ${missing[*]} failed (see above)."
  [ -x /usr/bin/chromium ] || fail "chromium was installed but /usr/bin/chromium is missing."
}

# Sums the <Counters> of every TRX file: prints "passed failed skipped total".
count_results() {
  local files=("$results_dir"/*.trx)
  [ -e "${files[0]}" ] || { echo "0 0 0 0"; return; }
  awk '
    /<Counters / {
      line = $0
      n = split("total executed passed failed error timeout aborted notExecuted", keys, " ")
      for (i = 1; i <= n; i++) {
        if (match(line, keys[i] "=\"[0-9]+\"")) {
          value = substr(line, RSTART + length(keys[i]) + 2, RLENGTH - length(keys[i]) - 3)
          sum[keys[i]] += value
        }
      }
    }
    END {
      printf "%d %d %d %d\n", sum["passed"], sum["failed"] + sum["error"] + sum["timeout"] + sum["aborted"], sum["notExecuted"], sum["total"]
    }' "${files[@]}"
}

require_tools
ensure_node_modules
ensure_apt_packages

say "Running every test project (Release)"
rm -rf "$results_dir"
mkdir -p "$results_dir"
set +e
# The console logger prints one pass/fail line per test project; TRX files feed the summary below. A test that
# hangs is killed after 10 minutes so a run always ends with an answer.
dotnet test StrategyBot.sln -c Release \
  --logger "console;verbosity=minimal" \
  --logger "trx;LogFilePrefix=results" \
  --results-directory "$results_dir" \
  --blame-hang-timeout 10m --blame-hang-dump-type none
test_exit=$?
set -e

read -r passed failed skipped total < <(count_results)
status=0
if [ "$test_exit" -ne 0 ]; then
  echo "dotnet test exited with $test_exit: a test failed, or a project did not build or run (see above)."
  status=1
fi
if [ "$total" -eq 0 ] || [ "$passed" -eq 0 ]; then
  echo "No test ran: check that the test projects built and were discovered (see above)."
  status=1
fi
[ "$failed" -eq 0 ] || status=1
echo "TRX results: $results_dir"
echo
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
