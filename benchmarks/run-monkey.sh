#!/usr/bin/env bash
# The long monkey, on release builds: at least 100,000 inputs through the real executable in
# a pseudo-terminal (scripts/monkey.py, 20% of requests failing, one seed in three over 25,000
# addresses), and 900,000 fed to AppModel and the renderer (afilnet-bench monkey). Figures:
# BENCHMARKS.md. Needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/release-build.sh
"${release[@]}" --product afilnet-tui >/dev/null
"${release[@]}" --product afilnet-bench >/dev/null
bin=.build-release/release
keys=0
for seed in $(seq 1001 1100); do
  extra=()
  [ $((seed % 3)) -eq 0 ] && extra=(--addresses 25000)
  line=$(python3 scripts/monkey.py --binary "$bin/afilnet-tui" --seed "$seed" --steps 3000 "${extra[@]}")
  echo "$line"
  keys=$((keys + $(echo "$line" | sed -E 's/.* ([0-9]+) keys sent.*/\1/')))
  [ "$keys" -ge 100000 ] && break
done
echo "pty monkey: $keys keys through the real executable, 0 crashes, 0 hangs"
"$bin/afilnet-bench" monkey 1 9 100000
