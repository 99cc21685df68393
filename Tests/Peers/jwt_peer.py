"""An independent JWT library (PyJWT, Debian's python3-jwt) against the sandbox's tokens.

Usage: jwt_peer.py BASE_URL KEY_HEX (BASE_URL like http://127.0.0.1:8787). Decodes a token
with the documented key, checks its claims, and checks that forged ones are refused.
"""
import json
import sys
import time
import urllib.parse
import urllib.request

import jwt

base, key = sys.argv[1], bytes.fromhex(sys.argv[2])

def post(path, fields, bearer=None):
    request = urllib.request.Request(base + path, data=urllib.parse.urlencode(fields).encode(), method="POST")
    if bearer is not None:
        request.add_header("Authorization", "Bearer " + bearer)
    with urllib.request.urlopen(request) as response:
        return json.load(response)

answer = post("/api/token/", {"user": "demo", "password": "demo"})
assert answer["status"] == "SUCCESS", answer
token = answer["result"]["token"]
assert answer["result"]["token_type"] == "Bearer" and answer["result"]["expires_in"] == 3600, answer

header = jwt.get_unverified_header(token)
assert header["alg"] == "HS256" and header["typ"] == "JWT", header
claims = jwt.decode(token, key, algorithms=["HS256"], issuer="afilnet-sandbox",
                    options={"require": ["exp", "iat", "sub", "jti", "iss"]})
assert claims["sub"] == "demo", claims
# exp is rounded up to the whole second and iat down: the token lives at least its lifetime.
assert 3600 <= claims["exp"] - claims["iat"] <= 3601, claims
assert abs(claims["iat"] - time.time()) < 60, claims
assert len(claims["jti"]) >= 16, claims

def balance(bearer):
    return post("/api/http/", {"class": "user", "method": "getbalance"}, bearer)

assert balance(token) == {"status": "SUCCESS", "result": "152.34"}

now = int(time.time())
forged = {
    "expired": jwt.encode(dict(claims, iat=now - 7200, exp=now - 3600), key, algorithm="HS256"),
    "alg none": jwt.encode(claims, None, algorithm="none"),
    "other key": jwt.encode(claims, b"not the sandbox key, not at all", algorithm="HS256"),
    "HS512": jwt.encode(claims, key, algorithm="HS512"),
    "tampered": token.split(".")[0] + "." + jwt.encode(dict(claims, sub="root"), key, algorithm="HS256").split(".")[1]
                + "." + token.split(".")[2],
}
expected = {"expired": "TOKEN_EXPIRED"}
for name, bad in forged.items():
    answer = balance(bad)
    assert answer == {"status": "ERROR", "error": expected.get(name, "INVALID_TOKEN")}, (name, answer)

print("OK")
