-- wrk script: getbalance over HTTP with a Bearer token (TOKEN from the environment).
wrk.method = "POST"
wrk.body = "class=user&method=getbalance"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
