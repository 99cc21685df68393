"""An independent SOAP client (zeep, Debian's python3-zeep) against the sandbox's WSDL.

Usage: soap_peer.py WSDL_URL. Calls every operation, each success and each error the
operation can give, with Unicode data; prints OK or raises (exit status 1).
"""
import sys

import zeep

wsdl = sys.argv[1]
client = zeep.Client(wsdl)
api = client.service
me = dict(user="demo", password="demo")

def expect(answer, status, error=None):
    assert answer.status == status, (answer.status, answer.error)
    assert answer.error == error, answer.error
    return answer.result

# Every operation the WSDL names is one of the six.
operations = sorted(client.wsdl.services["UserService"].ports["UserPort"].binding._operations)
assert operations == sorted(["addaddress", "deleteaddress", "getaddresses", "getbalance", "getchannels", "modifychannel"]), operations

assert expect(api.getbalance(**me), "SUCCESS") == "152.34"
expect(api.getbalance(user="demo", password="wrong"), "ERROR", "INCORRECT_USER_PASSWORD")
expect(api.getbalance(user="demo"), "ERROR", "MISSING_PASSWORD")
expect(api.getbalance(), "ERROR", "MISSING_USER")

items = expect(api.getaddresses(**me), "SUCCESS").item
assert len(items) == 6 and items[0].id == 1000 and isinstance(items[0].cityid, int), items[0]

name = "Jüri <Õun> & \"Co\" ]]> 😀 \t\r\n שלום e\u0301"
address = dict(namelastname=name, iscompany="0", companyname="", documentid="38001010000", countrycode="ee",
               cityid="1", cityname="Tallinn", zipcode="10111", address="Pikk 1 <&>")
assert expect(api.addaddress(**me, **address), "SUCCESS") is None
added = expect(api.getaddresses(**me), "SUCCESS").item[-1]
assert added.namelastname == name, repr(added.namelastname)
assert added.address == "Pikk 1 <&>", repr(added.address)
expect(api.addaddress(**me, **dict(address, countrycode="")), "ERROR", "EMPTY_COUNTRYCODE")
expect(api.addaddress(**me, **dict(address, countrycode="zz")), "ERROR", "COUNTRY_NOT_FOUND")
expect(api.addaddress(**me, **dict(address, cityname="", cityid="1")), "ERROR", "EMPTY_CITY")
expect(api.addaddress(**me, **dict(address, cityid="999999")), "ERROR", "CITY_NOT_FOUND")
expect(api.addaddress(**me, **dict(address, iscompany="maybe")), "ERROR", "INVALID_PARAMETER")
expect(api.addaddress(**me, **dict(address, namelastname="")), "ERROR", "MISSING_COMPULSORY_PARAM")

expect(api.deleteaddress(**me, idaddress=str(added.id)), "SUCCESS")
expect(api.deleteaddress(**me, idaddress=str(added.id)), "ERROR", "ADDRESS_NOT_FOUND")
expect(api.deleteaddress(**me, idaddress=""), "ERROR", "MISSING_COMPULSORY_PARAM")

channels = expect(api.getchannels(**me), "SUCCESS").item
assert channels[0].channelname == "sms" and channels[0].active == 1, channels[0]
expect(api.modifychannel(**me, channelname="sms", active="0"), "SUCCESS")
assert expect(api.getchannels(**me), "SUCCESS").item[0].active == 0
expect(api.modifychannel(**me, channelname="sms", active="2"), "ERROR", "INVALID_PARAMETER")
expect(api.modifychannel(**me, channelname="nope", active="1"), "ERROR", "CHANNEL_NOT_FOUND")

# Not a call: a Fault, which zeep raises.
response = client.transport.post(wsdl.split("?")[0], b"<not-soap/>", {"Content-Type": "text/xml"})
assert response.status_code == 500 and b"soap:Client" in response.content, response.content

print("OK")
