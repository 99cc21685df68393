import AfilnetAPI
/// Turns an outcome into the exact bytes of the JSON envelope, shaped by the quirks.
///
/// Plain shapes (no quirk): `{"status":"SUCCESS","result":"152.34"}` for the balance, the
/// record array itself for lists (numbers and flags as JSON numbers), `"result":[]` for a
/// write, and `{"status":"ERROR","error":"CODE"}` for an error.
struct ResponseRenderer: Sendable {
    let quirks: Set<Quirk>

    func render(_ outcome: APIOutcome) -> [UInt8] {
        var json = JSONWriter(capacity: Self.capacity(for: outcome))
        json.raw("{")
        json.key(APIEnvelope.status)
        let lower = quirks.contains(.lowercaseStatus)
        if case .failure(let error) = outcome {
            json.string(lower ? APIEnvelope.failure.lowercased() : APIEnvelope.failure)
            json.raw(",")
            json.key(APIEnvelope.error)
            json.string(error.code)
        } else {
            json.string(lower ? APIEnvelope.success.lowercased() : APIEnvelope.success)
            json.raw(",")
            json.key(APIEnvelope.result)
            result(outcome, into: &json)
        }
        json.raw("}")
        return json.bytes
    }

    private static func capacity(for outcome: APIOutcome) -> Int {
        if case .addresses(let list) = outcome { return 64 + list.count * 320 }
        return 256
    }

    private func result(_ outcome: APIOutcome, into json: inout JSONWriter) {
        switch outcome {
        case .balance(let amount):
            if quirks.contains(.balanceObject) {
                json.raw("{")
                json.key(APIEnvelope.balanceMembers[0])
                json.string(amount)
                json.raw("}")
            } else if quirks.contains(.balanceNumber) {
                json.raw(amount)
            } else {
                json.string(amount)
            }
        case .addresses(let records):
            list(records, into: &json) { record, json in
                member(.id, number: record.id, &json)
                member(.namelastname, text: record.namelastname, &json)
                member(.iscompany, flag: record.iscompany, &json)
                member(.companyname, text: record.companyname, &json)
                member(.documentid, text: record.documentid, &json)
                member(.countrycode, text: record.countrycode, &json)
                member(.cityid, number: record.cityid, &json)
                member(.cityname, text: record.cityname, &json)
                member(.zipcode, text: record.zipcode, &json)
                member(.address, text: record.address, &json)
                member(.verified, flag: record.verified, &json)
                member(.addressverified, flag: record.addressverified, &json, last: true)
            }
        case .channels(let records):
            list(records, into: &json) { record, json in
                member(.channeltype, text: record.type, &json)
                member(.channelname, text: record.name, &json)
                member(.active, flag: record.active, &json, last: true)
            }
        case .token(let token, let expiresIn):
            json.raw("{")
            json.key("token")
            json.string(token)
            json.raw(",")
            json.key("token_type")
            json.string("Bearer")
            json.raw(",")
            json.key("expires_in")
            json.raw(String(expiresIn))
            json.raw("}")
        case .done, .failure:
            json.raw("[]")
        }
    }

    private func list<Record>(
        _ records: [Record], into json: inout JSONWriter, _ write: (Record, inout JSONWriter) -> Void
    ) {
        let wrapped = quirks.contains(.listWrapper)
        if wrapped {
            json.raw("{")
            json.key(APIEnvelope.list)
        }
        json.raw("[")
        for (index, record) in records.enumerated() {
            if index > 0 { json.raw(",") }
            json.raw("{")
            write(record, &json)
            json.raw("}")
        }
        json.raw("]")
        if wrapped { json.raw("}") }
    }

    private func member(_ field: APIField, text: String, _ json: inout JSONWriter, last: Bool = false) {
        json.key(field.rawValue)
        json.string(text)
        if !last { json.raw(",") }
    }

    private func member(_ field: APIField, number: Int64, _ json: inout JSONWriter, last: Bool = false) {
        json.key(field.rawValue)
        if quirks.contains(.stringNumbers) { json.string(String(number)) } else { json.raw(String(number)) }
        if !last { json.raw(",") }
    }

    private func member(_ field: APIField, flag: Bool, _ json: inout JSONWriter, last: Bool = false) {
        json.key(field.rawValue)
        if quirks.contains(.booleanFlags) {
            json.raw(flag ? "true" : "false")
        } else if quirks.contains(.stringNumbers) {
            json.string(flag ? "1" : "0")
        } else {
            json.raw(flag ? "1" : "0")
        }
        if !last { json.raw(",") }
    }
}
