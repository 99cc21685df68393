import Foundation

/// The demo account a new sandbox starts with: names in several scripts, companies and
/// persons, verified and not; channels of several types, some on and some off.
enum DemoData {
    static let channels: [ChannelRecord] = [
        ChannelRecord(type: "sms", name: "sms", active: true),
        ChannelRecord(type: "sms", name: "smscertified", active: false),
        ChannelRecord(type: "voice", name: "voice", active: true),
        ChannelRecord(type: "email", name: "email", active: true),
        ChannelRecord(type: "email", name: "emailcertified", active: false),
        ChannelRecord(type: "socialnetwork", name: "facebook", active: false),
        ChannelRecord(type: "socialnetwork", name: "twitter", active: false),
        ChannelRecord(type: "instantmessaging", name: "whatsapp", active: true),
        ChannelRecord(type: "certification", name: "certifiedfile", active: false),
    ]

    static let addresses: [(NewAddressRecord, verified: Bool)] = [
        (person("Mari Tamm", "48801010010", "EE", 1, "Tallinn", "10115", "Narva mnt 5"), true),
        (company("Kalle Õunapuu", "Õunapuu OÜ", "12345678", "EE", 2, "Tartu", "50090", "Rüütli 12"), true),
        (company("佐藤 健", "東京 商事", "0100-01-000001", "JP", 1, "Tokyo", "100-0005", "丸の内 1-1"), false),
        (person("John Smith", "123456789A", "US", 1, "New York", "10001", "350 Fifth Avenue"), true),
        (person("Lucía Fernández", "12345678Z", "ES", 1, "Madrid", "28013", "Calle Mayor 1"), false),
        (company("Jane Doe", "Acme & Sons Ltd", "GB123456789", "GB", 1, "London", "SW1A 1AA", "1 Acme Road"), true),
    ]

    private static let firstNames = ["Mari", "Jaan", "Anna", "Peeter", "Liis", "Tõnu", "Kätlin", "Jüri", "Sofia", "Martin"]
    private static let lastNames = ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel"]
    private static let places: [(String, Int64, String)] = [
        ("EE", 1, "Tallinn"), ("EE", 2, "Tartu"), ("FI", 1, "Helsinki"), ("LV", 1, "Riga"),
        ("ES", 1, "Madrid"), ("DE", 1, "Berlin"), ("US", 1, "New York"), ("JP", 1, "Tokyo"),
    ]

    /// The `index`-th synthetic address: deterministic, so large test sets repeat exactly.
    static func synthetic(_ index: Int) -> NewAddressRecord {
        let first = firstNames[index % firstNames.count]
        let last = lastNames[(index / firstNames.count) % lastNames.count]
        let place = places[index % places.count]
        let isCompany = index % 5 == 0
        return NewAddressRecord(
            namelastname: "\(first) \(last)", iscompany: isCompany,
            companyname: isCompany ? "\(last) Group \(index)" : "",
            documentid: String(format: "%09dX", index), countrycode: place.0, cityid: place.1,
            cityname: place.2, zipcode: String(10000 + index % 90000), address: "Street \(index % 997) \(index)")
    }

    private static func person(
        _ name: String, _ document: String, _ country: String, _ cityID: Int64, _ city: String,
        _ zip: String, _ street: String
    ) -> NewAddressRecord {
        NewAddressRecord(
            namelastname: name, iscompany: false, companyname: "", documentid: document,
            countrycode: country, cityid: cityID, cityname: city, zipcode: zip, address: street)
    }

    private static func company(
        _ name: String, _ company: String, _ document: String, _ country: String, _ cityID: Int64,
        _ city: String, _ zip: String, _ street: String
    ) -> NewAddressRecord {
        var record = person(name, document, country, cityID, city, zip, street)
        record.iscompany = true
        record.companyname = company
        return record
    }
}
