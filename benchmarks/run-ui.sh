#!/usr/bin/env bash
# UI benchmarks through a pty, beside htop and tig in the same run (BENCHMARKS.md).
#   bash benchmarks/run-ui.sh        (needs: python3, htop, tig)
set -euo pipefail
cd "$(dirname "$0")/.."
release=(swift build -c release --scratch-path .build-release)
"${release[@]}" --product afilnet-tui >/dev/null
bin=$("${release[@]}" --show-bin-path)/afilnet-tui
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config"
"$bin" sandbox reset --db "$work/big.sqlite" --addresses 100000 >/dev/null
echo "== machine: $(nproc) cores, $(date -u +%F); release build; sandbox with 100,006 addresses"
for size in "80 24" "200 60"; do
  set -- $size
  # "2" goes to the address pane at the first frame; data = its row counter.
  python3 benchmarks/ui-pty.py afilnet-tui "$1" "$2" "quit" "/100006" j ctrl-f 2 -- \
    "$bin" --sandbox --sandbox-db "$work/big.sqlite" 2>&1 || true
  python3 benchmarks/ui-pty.py htop "$1" "$2" "F10" "PID" down pgdn - -- htop 2>&1 || true
  python3 benchmarks/ui-pty.py tig "$1" "$2" "[main]" "commit" j pgdn - -- tig 2>&1 || true
done
