import AfilnetAPI
import Localization
import ArgumentParser
import Foundation

struct AddressesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "addresses", abstract: "List, add or delete the account's addresses.",
        subcommands: [List.self, Add.self, Delete.self, Export.self, Import.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List every address.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let session = try connection.connect()
            let addresses: [Address]
            do { addresses = try await session.client.addresses() } catch { throw fail(error, session.text) }
            if output.json { return try printJSON(addresses.map(AddressJSON.init)) }
            let t = session.text
            var table = TextTable([
                t.columnID, t.columnName, t.columnCompany, t.columnDocument, t.columnCountry, t.columnCity, t.columnZip,
                t.columnStreet, t.columnVerified, t.columnAddressVerified,
            ].map { $0.uppercased() })
            for address in addresses {
                table.add([
                    String(address.id), address.contactName, address.isCompany ? address.companyName : "",
                    address.documentID, address.countryCode, address.cityName, address.zipCode, address.street,
                    address.verified ? t.yes : t.no, address.addressVerified ? t.yes : t.no,
                ])
            }
            print(table.rendered, terminator: "")
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add an address (checked before it is sent).",
            discussion: "Example: afilnet-tui addresses add --name 'Kalle Õunapuu' --company 'Õunapuu OÜ' --document 12345678 --country EE --city-id 1 --city Tallinn --zip 10115 --street 'Narva mnt 5'")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Contact person's first and last name.") var name: String
        @Option(help: "Company name; makes the address a company's.") var company: String?
        @Option(help: "Identity or company document code.") var document: String
        @Option(help: "ISO 3166-1 alpha-2 country code, e.g. EE.") var country: String
        @Option(help: "City identifier (a number).") var cityId: Int64
        @Option(help: "City or town name.") var city: String
        @Option(help: "Postal code.") var zip: String
        @Option(help: "Street address.") var street: String

        func run() async throws {
            let session = try connection.connect()
            try session.refuseIfReadOnly()
            let address = NewAddress(
                contactName: name, isCompany: company != nil, companyName: company ?? "", documentID: document,
                countryCode: country, cityID: cityId, cityName: city, zipCode: zip, street: street)
            do {
                let receipt = try await session.client.addAddress(address)
                try report(receipt, json: output.json, done: session.text.cliAddressAdded, session.text)
            } catch {
                throw fail(error, session.text)
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete", abstract: "Delete an address by id.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The address id, e.g. 1000.") var id: Int64

        func run() async throws {
            let session = try connection.connect()
            try session.refuseIfReadOnly()
            do {
                let text = session.text
                try report(try await session.client.deleteAddress(id: id), json: output.json, done: text.cliAddressDeleted(id), text)
            } catch {
                throw fail(error, session.text)
            }
        }
    }
}

/// The API's field names, so scripts read what the provider documents.
struct AddressJSON: Encodable {
    let id: Int64, namelastname: String, iscompany: Bool, companyname: String, documentid: String
    let countrycode: String, cityid: Int64, cityname: String, zipcode: String, address: String
    let verified: Bool, addressverified: Bool

    init(_ a: Address) {
        id = a.id; namelastname = a.contactName; iscompany = a.isCompany; companyname = a.companyName
        documentid = a.documentID; countrycode = a.countryCode; cityid = a.cityID; cityname = a.cityName
        zipcode = a.zipCode; address = a.street; verified = a.verified; addressverified = a.addressVerified
    }
}

/// Tells how a write ended; a lost-then-confirmed answer is said so, on stderr.
func report(_ receipt: WriteReceipt, json: Bool, done: String, _ text: Catalogue) throws {
    if case .confirmedAfterLostAnswer(let cause) = receipt {
        FileHandleOutput.standardError("afilnet-tui: \(text.cliLostAnswer(cause.text(in: text)))\n")
    }
    if json { try printJSON(["status": "applied"]) } else { print(done) }
}
