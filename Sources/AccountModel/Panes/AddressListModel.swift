import AfilnetAPI
import Foundation
import Localization
import TerminalText

/// The address table: list state, whether it was loaded, and the last error.
public struct AddressListModel: Sendable {
    /// The table's columns, in order: ID, name, company, document, country, city, ZIP, street,
    /// verified, address verified.
    public static let columns: [ListColumn<Address>] = [
        ListColumn(
            title: { $0.columnID }, width: { _ in .fixed(6) }, priority: 0, cell: { address, _ in String(address.id) },
            order: .compare { $0.id < $1.id }, searched: { [String($0.id)] }),
        .text({ $0.columnName }, width: .flexible(minimum: 14), priority: 0) { $0.contactName },
        ListColumn(
            title: { $0.columnCompany }, width: { _ in .flexible(minimum: 12) }, priority: 2,
            cell: { address, _ in address.isCompany ? address.companyName : "" }, order: .text { $0.isCompany ? $0.companyName : "" },
            searched: { [$0.companyName] }),
        .text({ $0.columnDocument }, width: .fixed(14), priority: 5) { $0.documentID },
        .text({ $0.columnCountry }, width: .fixed(7), priority: 1) { $0.countryCode },
        .text({ $0.columnCity }, width: .fixed(12), priority: 1) { $0.cityName },
        .text({ $0.columnZip }, width: .fixed(8), priority: 6) { $0.zipCode },
        .text({ $0.columnStreet }, width: .flexible(minimum: 14), priority: 7) { $0.street },
        flag({ $0.columnVerified }, least: 4, priority: 3) { $0.verified },
        flag({ $0.columnAddressVerified }, least: 5, priority: 4) { $0.addressVerified },
    ]

    /// A ✓/· column, as wide as its title in the language shown (at least `least`).
    private static func flag(
        _ title: @escaping @Sendable (Catalogue) -> String, least: Int, priority: Int, _ value: @escaping @Sendable (Address) -> Bool
    ) -> ListColumn<Address> {
        ListColumn(
            title: title, width: { .fixed(max(least, DisplayWidth.of(title($0)))) }, priority: priority,
            cell: { address, _ in value(address) ? "✓" : "·" },
            order: .compare { a, b in (value(a) ? 1 : 0, a.id) < (value(b) ? 1 : 0, b.id) }, tone: { value($0) ? .good : .muted })
    }

    public var list = ListState<Address>(columns: AddressListModel.columns, tieBreak: { $0.id < $1.id })
    /// Marked rows by id: kept through filter and sort changes, dropped when their address
    /// is gone from a new read.
    public internal(set) var marked: Set<Int64> = []
    public var loaded = false
    public var error: AfilnetError?

    public init() {}

    /// Marks the selected row, or unmarks it; moves on to the next row.
    mutating func toggleMark() {
        guard let id = list.selected?.id else { return }
        if marked.remove(id) == nil { marked.insert(id) }
        list.move(by: 1)
    }

    /// Marks every row the filter shows, or, when all of them are marked, unmarks them.
    mutating func toggleMarkAll() {
        let shown = list.visible.map { list.rows[$0].id }
        if shown.allSatisfy(marked.contains) { marked.subtract(shown) } else { marked.formUnion(shown) }
    }

    /// The cells of an address as the table shows them.
    public static func cells(_ address: Address, in text: Catalogue = .english) -> [String] {
        columns.map { $0.cell(address, text) }
    }

    /// What the `/` filter searches in an address.
    public static let searchFields = ListState<Address>.searchFields(columns)

    /// The list read from the server, with its search index when it was built off the
    /// loop's thread; a derivation to run off it for a large list.
    mutating func apply(_ result: Result<[Address], AfilnetError>, index: SearchIndex?) -> ListState<Address>.Derivation? {
        switch result {
        case .success(let addresses):
            loaded = true
            error = nil
            if !marked.isEmpty { marked.formIntersection(addresses.map(\.id)) }
            return list.setRows(addresses, index: index) { $0.id == $1.id }
        case .failure(let failure):
            error = failure
            return nil
        }
    }
}

extension AddressListModel: ListPaneModel {
    public typealias Row = Address
    public static let scopes: [Action.Scope] = [.addresses, .list]
    public static let footerActions: [Action] = [.add, .delete, .mark, .open, .filter, .sort, .refresh]
    public var reloads: [Reload] { [Reload(work: .addresses, effect: .loadAddresses)] }
    public static let showsBeside = true
    public static func title(in text: Catalogue) -> String { text.paneAddresses }
    public static func showHelp(in text: Catalogue) -> String { text.helpShowAddresses }

    /// A large list's sort or filter runs off the loop's thread; its result comes back as a message.
    public mutating func perform(_ command: ListCommand) -> [Effect] {
        list.perform(command).map { [.deriveAddresses($0)] } ?? []
    }

    public func opened() -> Opening? { list.selected.map { .overlay(.addressDetail($0)) } }

    public func startedOver(for session: SessionInfo) -> AddressListModel {
        var fresh = AddressListModel()
        fresh.list.pageSize = list.pageSize
        return fresh
    }
}
