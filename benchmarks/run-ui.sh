#!/usr/bin/env bash
# UI benchmarks through a pty, beside htop and tig in the same run (BENCHMARKS.md).
#   bash benchmarks/run-ui.sh        (needs: python3, htop, tig)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/release-build.sh
"${release[@]}" --product afilnet-tui >/dev/null
bin=$("${release[@]}" --show-bin-path)/afilnet-tui
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config"
"$bin" sandbox reset --db "$work/big.sqlite" --addresses 100000 >/dev/null
# The sandbox runs as its own process, so the UI's memory is the UI's alone.
"$bin" sandbox serve --port 0 --db "$work/big.sqlite" >"$work/out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q listening "$work/out" && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$work/out" | head -1 | cut -d: -f2)
export AFILNET_ENDPOINT="http://127.0.0.1:$port/api/http/" AFILNET_USER=demo AFILNET_PASSWORD=demo
echo "== machine: $(nproc) cores, $(date -u +%F); release build; sandbox (own process) with 100,006 addresses"
for size in "80 24" "200 60"; do
  set -- $size
  # "2" goes to the address pane at the first frame; data = the balance in the header, all
  # data = the address list's row counter.
  python3 benchmarks/ui-pty.py afilnet-tui "$1" "$2" "quit" "152.34|/100006" j ctrl-f 2 -- "$bin" 2>&1 || true
  python3 benchmarks/ui-pty.py htop "$1" "$2" "F10" "PID" down pgdn - -- htop 2>&1 || true
  python3 benchmarks/ui-pty.py tig "$1" "$2" "[main]" "2026" j pgdn - -- tig 2>&1 || true
done
