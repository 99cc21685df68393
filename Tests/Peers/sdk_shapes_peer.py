"""The request shapes the provider's other clients send, from Python's requests (Debian's
python3-requests): a GET with the query string (the Python SDK), a multipart body from
`files=` with no file names, a urlencoded body with a charset and empty optional parameters
(`&output=`, as WordPress SMS plugins send).

Usage: sdk_shapes_peer.py URL. Prints OK when every check held.
"""
import sys

import requests

url = sys.argv[1]
credentials = {"class": "user", "method": "getbalance", "user": "demo", "password": "demo"}

def expect_balance(answer, how):
    body = answer.json()
    assert body["status"] == "SUCCESS" and body["result"] == "152.34", (how, body)

expect_balance(requests.get(url, params=credentials), "GET with the query string")
expect_balance(requests.post(url, files={name: (None, value) for name, value in credentials.items()}), "multipart from files=")
expect_balance(requests.post(url, data=dict(credentials, output="")), "urlencoded with an empty optional parameter")
expect_balance(requests.post(url, data=b"class=user&method=getbalance&user=demo&password=demo&output=",
                             headers={"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}), "with a charset")
wrong = requests.post(url, files={"class": (None, "user"), "method": (None, "getbalance"), "user": (None, "demo"),
                                  "password": ("password.txt", "demo")}).json()
assert wrong["status"] == "ERROR" and wrong["error"] == "MISSING_PASSWORD", ("a file is not a parameter", wrong)
print("OK")
