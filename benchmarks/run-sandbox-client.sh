#!/usr/bin/env bash
# Sandbox and client benchmarks, side by side in one run (BENCHMARKS.md records the output).
#   bash benchmarks/run-sandbox-client.sh      (needs: wrk, hyperfine, curl, python3)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/release-build.sh
"${release[@]}" --product afilnet-tui >/dev/null
"${release[@]}" --product afilnet-bench >/dev/null
bin=$("${release[@]}" --show-bin-path)
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT

start() {  # start DB [extra args…]: a release sandbox on a free port; sets $port and $server
  "$bin/afilnet-tui" sandbox serve --port 0 --db "$1" "${@:2}" >"$work/out" 2>&1 &
  server=$!
  for _ in $(seq 50); do grep -q listening "$work/out" && break; sleep 0.1; done
  port=$(grep -o '127.0.0.1:[0-9]*' "$work/out" | head -1 | cut -d: -f2)
}

echo "== machine: $(nproc) cores, $(uname -r), $(date -u +%F)"
echo "== getbalance: wrk, 2 threads, 32 connections, 15 s each (sandbox in release, request log on)"
start "$work/small.sqlite"
echo "-- HTTP POST, user and password"
wrk -t2 -c32 -d15s --latency -s benchmarks/getbalance.lua "http://127.0.0.1:$port/api/http/" \
  | grep -E 'Requests/sec|Latency|50%|90%|99%'
echo "-- SOAP, user and password in the envelope"
wrk -t2 -c32 -d15s --latency -s benchmarks/getbalance-soap.lua "http://127.0.0.1:$port/api/soap/" \
  | grep -E 'Requests/sec|Latency|50%|90%|99%'
echo "-- HTTP POST, Bearer token (JWT checked on every call)"
TOKEN=$(curl -s -d 'user=demo&password=demo' "http://127.0.0.1:$port/api/token/" | python3 -c 'import json,sys; print(json.load(sys.stdin)["result"]["token"])') \
  wrk -t2 -c32 -d15s --latency -s benchmarks/getbalance-jwt.lua "http://127.0.0.1:$port/api/http/" \
  | grep -E 'Requests/sec|Latency|50%|90%|99%'
kill $server; wait $server 2>/dev/null || true

echo "== getaddresses with 100,000 addresses: 10 sequential requests (curl)"
start "$work/large.sqlite" --addresses 100000
body="class=user&method=getaddresses&user=demo&password=demo"
for i in $(seq 10); do
  curl -s -o "$work/addresses.json" -w '%{time_total}\n' -d "$body" "http://127.0.0.1:$port/api/http/"
done | sort -n | awk '{a[NR]=$1} END {printf "median %.0f ms, max %.0f ms, %d bytes\n", a[int((NR+1)/2)]*1000, a[NR]*1000, 0}'
ls -l "$work/addresses.json" | awk '{print "response size: " $5 " bytes"}'
soap='<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tns="urn:afilnet:user-api"><soap:Body><tns:getaddresses><tns:user>demo</tns:user><tns:password>demo</tns:password></tns:getaddresses></soap:Body></soap:Envelope>'
for i in $(seq 5); do
  curl -s -o "$work/addresses.xml" -w '%{time_total}\n' -H 'Content-Type: text/xml; charset=utf-8' -d "$soap" "http://127.0.0.1:$port/api/soap/"
done | sort -n | awk '{a[NR]=$1} END {printf "over SOAP: median %.0f ms, max %.0f ms\n", a[int((NR+1)/2)]*1000, a[NR]*1000}'
ls -l "$work/addresses.xml" | awk '{print "SOAP response size: " $5 " bytes"}'

echo "== decoding that response: afilnet-tui's decoder (JSON, then SOAP) against python3 json.loads"
"$bin/afilnet-bench" "$work/addresses.json" 7
"$bin/afilnet-bench" "$work/addresses.xml" 7
python3 - "$work/addresses.json" <<'PY'
import json, sys, time
data = open(sys.argv[1], 'rb').read()
runs = []
for _ in range(7):
    t = time.perf_counter(); n = len(json.loads(data)['result']); runs.append((time.perf_counter() - t) * 1000)
runs.sort()
print(f"python3 json.loads: {n} records: median {runs[3]:.1f} ms, min {runs[0]:.1f} ms over 7 runs")
PY

echo "== afilnet-tui balance against curl, same sandbox request (hyperfine)"
export AFILNET_USER=demo AFILNET_PASSWORD=demo AFILNET_ENDPOINT="http://127.0.0.1:$port/api/http/" XDG_STATE_HOME="$work/state"
hyperfine -N --warmup 3 --runs 30 --export-markdown "$work/hf.md" \
  "$bin/afilnet-tui balance" \
  "$bin/afilnet-tui balance --api soap" \
  "$bin/afilnet-tui balance --auth jwt" \
  "curl -s -d class=user&method=getbalance&user=demo&password=demo http://127.0.0.1:$port/api/http/" >/dev/null
cat "$work/hf.md"
