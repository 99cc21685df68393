import AfilnetAPI
import Foundation

/// The demo account's data, fixed, for snapshots.
enum Fixtures {
    static let addresses: [Address] = [
        Address(id: 1000, contactName: "Mari Tamm", isCompany: false, companyName: "", documentID: "48801010010", countryCode: "EE", cityID: 1, cityName: "Tallinn", zipCode: "10115", street: "Narva mnt 5", verified: true, addressVerified: true),
        Address(id: 1001, contactName: "Kalle Õunapuu", isCompany: true, companyName: "Õunapuu OÜ", documentID: "12345678", countryCode: "EE", cityID: 2, cityName: "Tartu", zipCode: "50090", street: "Rüütli 12", verified: true, addressVerified: true),
        Address(id: 1002, contactName: "佐藤 健", isCompany: true, companyName: "東京 商事", documentID: "0100-01-000001", countryCode: "JP", cityID: 1, cityName: "Tokyo", zipCode: "100-0005", street: "丸の内 1-1", verified: false, addressVerified: false),
        Address(id: 1003, contactName: "John Smith", isCompany: false, companyName: "", documentID: "123456789A", countryCode: "US", cityID: 1, cityName: "New York", zipCode: "10001", street: "350 Fifth Avenue", verified: true, addressVerified: true),
        Address(id: 1004, contactName: "Lucía Fernández", isCompany: false, companyName: "", documentID: "12345678Z", countryCode: "ES", cityID: 1, cityName: "Madrid", zipCode: "28013", street: "Calle Mayor 1", verified: false, addressVerified: false),
        Address(id: 1005, contactName: "Jane Doe", isCompany: true, companyName: "Acme & Sons Ltd", documentID: "GB123456789", countryCode: "GB", cityID: 1, cityName: "London", zipCode: "SW1A 1AA", street: "1 Acme Road", verified: true, addressVerified: true),
    ]

    static let channels: [Channel] = [
        Channel(type: "sms", name: "sms", isActive: true), Channel(type: "sms", name: "smscertified", isActive: false),
        Channel(type: "voice", name: "voice", isActive: true), Channel(type: "email", name: "email", isActive: true),
        Channel(type: "email", name: "emailcertified", isActive: false), Channel(type: "socialnetwork", name: "facebook", isActive: false),
        Channel(type: "socialnetwork", name: "twitter", isActive: false), Channel(type: "instantmessaging", name: "whatsapp", isActive: true),
        Channel(type: "certification", name: "certifiedfile", isActive: false),
    ]

    static func journal(_ start: Date) -> [JournalEntry] {
        let calls: [(String, [String: String], String, Double)] = [
            ("getbalance", [:], "SUCCESS", 11.2), ("getaddresses", [:], "SUCCESS", 7.9), ("getchannels", [:], "SUCCESS", 6.4),
            ("addaddress", ["namelastname": "Kalle Õunapuu", "cityid": "99", "countrycode": "EE"], "ERROR CITY_NOT_FOUND", 3.1),
            ("modifychannel", ["channelname": "sms", "active": "0"], "SUCCESS", 2.5),
        ]
        return calls.enumerated().map { index, call in
            JournalEntry(
                time: start.addingTimeInterval(Double(index)), endpoint: "http://127.0.0.1:9/api/http/", apiClass: "user",
                method: call.0, parameters: call.1.merging(["user": "demo", "password": "[REDACTED]"]) { $1 }, auth: "post",
                httpStatus: 200, outcome: call.2,
                response: call.2 == "SUCCESS" ? "{}" : #"{"status":"ERROR","error":"\#(call.2.dropFirst(6))"}"#, durationMilliseconds: call.3, attempt: 1)
        }
    }
}
