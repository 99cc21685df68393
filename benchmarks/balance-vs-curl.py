#!/usr/bin/env python3
"""`afilnet-tui balance` against curl for the same loopback request (issue 11's measure).

Pairs run in turn (A B A B …), the first 10 dropped, and the median of the per-pair ratio.
Usage: balance-vs-curl.py BINARY [BINARY2] [--pairs 60] [--args "--api soap"] [--proxy]
A second binary is run in the same rounds (A/B of two builds against one curl).
Starts its own `sandbox serve` (from the first binary) on a free port. With --proxy, the
sandbox serves HTTPS with a private CA (--tls-self-signed) and both go through tinyproxy
(HTTPS_PROXY, SSL_CERT_FILE; curl reads the same variables).
"""
import argparse
import os
import re
import shlex
import statistics
import subprocess
import tempfile
import time

parser = argparse.ArgumentParser()
parser.add_argument("binaries", nargs="+")
parser.add_argument("--pairs", type=int, default=60)
parser.add_argument("--args", default="")
parser.add_argument("--proxy", action="store_true", help="HTTPS through tinyproxy, a private CA")
args = parser.parse_args()

work = tempfile.mkdtemp(prefix="balance-vs-curl-")
tls = ["--tls-self-signed", f"{work}/tls"] if args.proxy else []
server = subprocess.Popen([args.binaries[0], "sandbox", "serve", "--port", "0", "--db", f"{work}/s.sqlite"] + tls,
                          stdout=subprocess.PIPE, text=True)
port = re.search(r"127\.0\.0\.1:(\d+)", server.stdout.readline()).group(1)
endpoint = f"{'https' if args.proxy else 'http'}://127.0.0.1:{port}/api/http/"
env = dict(os.environ, AFILNET_ENDPOINT=endpoint, AFILNET_USER="demo", AFILNET_PASSWORD="demo",
           XDG_STATE_HOME=f"{work}/state", XDG_CONFIG_HOME=f"{work}/config")
for name in ["http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"]:
    env.pop(name, None)
proxy = None
if args.proxy:
    proxy_port = 20000 + os.getpid() % 20000
    with open(f"{work}/tinyproxy.conf", "w") as conf:
        conf.write(f"Port {proxy_port}\nListen 127.0.0.1\nLogLevel Warning\nAllow 127.0.0.1\nMaxClients 50\n")
    proxy = subprocess.Popen(["tinyproxy", "-d", "-c", f"{work}/tinyproxy.conf"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    env.update(HTTPS_PROXY=f"http://127.0.0.1:{proxy_port}", SSL_CERT_FILE=f"{work}/tls/ca.pem")
curl = ["curl", "-s", "-d", "class=user&method=getbalance&user=demo&password=demo", endpoint]
if args.proxy:
    curl[1:1] = ["--cacert", f"{work}/tls/ca.pem"]  # this machine's CURL_CA_BUNDLE would win over SSL_CERT_FILE
commands = [[binary, "balance"] + shlex.split(args.args) for binary in args.binaries] + [curl]


def run(command):
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - started) * 1000


times = [[] for _ in commands]
for round in range(args.pairs + 10):
    for index, command in enumerate(commands):
        elapsed = run(command)
        if round >= 10:
            times[index].append(elapsed)
server.terminate()
if proxy:
    proxy.kill()
for index, command in enumerate(commands[:-1]):
    ratios = [a / c for a, c in zip(times[index], times[-1])]
    print(f"{' '.join(command[:1] + command[1:])}: median {statistics.median(times[index]):.1f} ms, "
          f"curl {statistics.median(times[-1]):.1f} ms, median ratio {statistics.median(ratios):.2f} over {args.pairs} pairs")
