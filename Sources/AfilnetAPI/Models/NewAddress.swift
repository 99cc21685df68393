import Localization
import Foundation

/// The fields of `addaddress`, checked here with the sandbox's rules so that most mistakes
/// are caught before a request is sent.
public struct NewAddress: Sendable, Hashable, Codable {
    public var contactName: String
    public var isCompany: Bool
    /// Sent only for companies.
    public var companyName: String
    public var documentID: String
    /// ISO 3166-1 alpha-2 in any case (`ee`, `EE`).
    public var countryCode: String
    public var cityID: Int64
    public var cityName: String
    public var zipCode: String
    public var street: String

    public init(
        contactName: String, isCompany: Bool = false, companyName: String = "", documentID: String,
        countryCode: String, cityID: Int64, cityName: String, zipCode: String, street: String
    ) {
        self.contactName = contactName
        self.isCompany = isCompany
        self.companyName = companyName
        self.documentID = documentID
        self.countryCode = countryCode
        self.cityID = cityID
        self.cityName = cityName
        self.zipCode = zipCode
        self.street = street
    }

    /// The longest value the sandbox accepts for one parameter, in UTF-8 bytes.
    public static let maxFieldBytes = 4096

    /// Every problem, field by field, in form order; empty when the address can be sent.
    public func problems() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        func require(_ value: String, _ field: APIField) {
            if value.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(FieldProblem(field: field, kind: .required))
            } else if value.utf8.count > Self.maxFieldBytes {
                problems.append(FieldProblem(field: field, kind: .tooLong))
            }
        }
        require(contactName, .namelastname)
        if isCompany { require(companyName, .companyname) }
        require(documentID, .documentid)
        if countryCode.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(FieldProblem(field: .countrycode, kind: .required))
        } else if Country.named(code: countryCode.trimmingCharacters(in: .whitespaces)) == nil {
            problems.append(FieldProblem(field: .countrycode, kind: .unknownCountry))
        }
        if cityID <= 0 { problems.append(FieldProblem(field: .cityid, kind: .notAPositiveNumber)) }
        require(cityName, .cityname)
        require(zipCode, .zipcode)
        require(street, .address)
        return problems
    }

    /// The form parameters, in the order of the provider's page (`companyname` for companies).
    public var parameters: [(String, String)] {
        APIField.newAddress.compactMap { field in
            let value: String? = switch field {
            case .namelastname: contactName
            case .iscompany: isCompany ? "1" : "0"
            case .companyname: isCompany ? companyName : nil
            case .documentid: documentID
            case .countrycode: countryCode.trimmingCharacters(in: .whitespaces).uppercased()
            case .cityid: String(cityID)
            case .cityname: cityName
            case .zipcode: zipCode
            case .address: street
            default: nil
            }
            return value.map { (field.rawValue, $0) }
        }
    }
}

/// What is wrong with one parameter of `addaddress`.
public struct FieldProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case required, tooLong, unknownCountry, notAPositiveNumber
        /// The server refused the value with this code.
        case refused(APIErrorCode)
    }

    /// The parameter at fault (the form maps it to its field).
    public let field: APIField
    public let kind: Kind

    public init(field: APIField, kind: Kind) {
        self.field = field
        self.kind = kind
    }

    public var description: String { text(in: .english) }

    /// The problem, naming the field by its API parameter (what the provider documents).
    public func text(in text: Catalogue) -> String {
        switch kind {
        case .required: text.fieldRequired(field.rawValue)
        case .tooLong: text.fieldTooLong(field.rawValue, NewAddress.maxFieldBytes)
        case .unknownCountry: text.fieldUnknownCountry(field.rawValue)
        case .notAPositiveNumber: text.fieldNotAPositiveNumber(field.rawValue)
        case .refused(let code): text.fieldRefused(field.rawValue, code.explanation(in: text))
        }
    }
}
