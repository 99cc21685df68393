-- wrk script: getbalance over SOAP, the envelope the client sends.
wrk.method = "POST"
wrk.body = '<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tns="urn:afilnet:user-api"><soap:Body><tns:getbalance><tns:user>demo</tns:user><tns:password>demo</tns:password></tns:getbalance></soap:Body></soap:Envelope>'
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = '"urn:afilnet:user-api#getbalance"'
