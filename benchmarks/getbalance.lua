-- wrk script: POST getbalance with form parameters, as the client sends it.
wrk.method = "POST"
wrk.body = "class=user&method=getbalance&user=demo&password=demo"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
