#!/usr/bin/env bash
# The address files' round trip at 100,000 addresses (BENCHMARKS.md records the output):
# export CSV and JSON Lines from one sandbox, import each into a fresh one, export again and
# compare (ids and verification flags aside: the provider sets those).
#   bash benchmarks/run-address-files.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
source scripts/release-build.sh
"${release[@]}" --product afilnet-tui >/dev/null
bin=$("${release[@]}" --show-bin-path)/afilnet-tui
work=$(mktemp -d)
servers=()
trap 'kill "${servers[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_STATE_HOME="$work/state" AFILNET_USER=demo AFILNET_PASSWORD=demo

start() {  # start NAME [extra args…]: a release sandbox on a free port; prints its endpoint
  "$bin" sandbox serve --port 0 --db "$work/$1.sqlite" "${@:2}" >"$work/$1.out" 2>&1 &
  servers+=($!)
  for _ in $(seq 100); do grep -q listening "$work/$1.out" && break; sleep 0.1; done
  echo "http://127.0.0.1:$(grep -o '127.0.0.1:[0-9]*' "$work/$1.out" | head -1 | cut -d: -f2)/api/http/"
}
timed() { local start=$EPOCHREALTIME; "$@"; echo "$EPOCHREALTIME - $start" | bc >"$work/t"; }  # seconds into $work/t
strip_csv() { cut -d, -f2- "$1" | sed 's/,[01],[01]\r$//'; }
strip_jsonl() { sed -E 's/^\{"id":[0-9]+,/{/; s/,"verified":[01],"addressverified":[01]\}$/}/' "$1"; }

echo "== machine: $(nproc) cores, $(uname -r), $(date -u +%F); $count synthetic addresses + the 6 demo ones"
source=$(start source --addresses "$count")
for format in csv jsonl; do
  target=$(start "target-$format")
  timed "$bin" addresses export --endpoint "$source" --format $format --output "$work/first.$format" 2>/dev/null
  echo "$format: export $(wc -c <"$work/first.$format") bytes in $(cat "$work/t") s"
  timed "$bin" addresses import "$work/first.$format" --endpoint "$target" --rate 0 2>/dev/null >"$work/summary"
  echo "$format: import in $(cat "$work/t") s ($(cat "$work/summary")): $(echo "$count / $(cat "$work/t")" | bc) addaddress calls/s"
  timed "$bin" addresses export --endpoint "$target" --format $format --output "$work/second.$format" 2>/dev/null
  echo "$format: export again in $(cat "$work/t") s"
  if cmp -s <(strip_$format "$work/first.$format") <(strip_$format "$work/second.$format"); then
    echo "$format: identical but for ids and verification flags"
  else
    echo "$format: DIFFERENT"; exit 1
  fi
  timed "$bin" addresses import "$work/first.$format" --endpoint "$target" --rate 0 2>/dev/null >"$work/summary"
  echo "$format: the same import again in $(cat "$work/t") s ($(cat "$work/summary"))"
done
