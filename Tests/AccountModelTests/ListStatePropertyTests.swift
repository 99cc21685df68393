@testable import AccountModel
import AfilnetAPI
import Foundation
import PropertySupport
import Testing

@Suite("List state: filter, sort, select, page and delete under random sequences")
struct ListStatePropertyTests {
    static func address(_ generator: inout Generator, id: Int64) -> Address {
        let names = ["Tõnis Tamm", "Tonis Kask", "Õunapuu OÜ", "Mari", "東京 商事", "Łódź", "Straße", "Ёлка", "Zoë", "O\u{303}ie"]
        return Address(
            id: id, contactName: generator.chance(0.7) ? generator.pick(names) : HostileText.string(&generator, pieces: 0...3),
            isCompany: generator.chance(0.3), companyName: generator.chance(0.3) ? generator.pick(names) : "",
            documentID: "D\(generator.int(0...50))", countryCode: generator.pick(["EE", "JP", "PL", "DE"]), cityID: 1,
            cityName: generator.pick(["Tallinn", "Tartu", "Pärnu", "Tokyo", "Łódź"]), zipCode: "\(generator.int(10000...10050))",
            street: HostileText.string(&generator, pieces: 0...2), verified: generator.chance(0.5), addressVerified: generator.chance(0.5))
    }

    static let filters = ["", "t", "to", "tõ", "tonis", "ounapuu", "õun", "東", "lodz", "łódź", "ss", "straße", "ёл", "zoe", "d1", "e", "🇪"]

    /// The truth the list must agree with, worked out the slow way.
    static func expectedVisible(_ list: ListState<Address>) -> Set<Int> {
        let needle = SearchNeedle(list.filter)
        return Set(list.rows.indices.filter { row in
            AddressListModel.searchFields(list.rows[row]).contains { needle.found(in: $0) }
        })
    }

    static func check(_ list: ListState<Address>, allowPending: Bool) -> String? {
        if Set(list.visible).count != list.visible.count { return "a row is visible twice" }
        if list.visible.contains(where: { !list.rows.indices.contains($0) }) { return "a visible index is out of the rows" }
        if list.isEmpty {
            if list.selection != 0 || list.scroll != 0 { return "empty list with selection \(list.selection), scroll \(list.scroll)" }
        } else {
            if !list.visible.indices.contains(list.selection) { return "selection \(list.selection) of \(list.visible.count)" }
            if !(list.scroll...(list.scroll + max(1, list.pageSize) - 1)).contains(list.selection) {
                return "selected row \(list.selection) off the page starting at \(list.scroll) (size \(list.pageSize))"
            }
        }
        if list.pending == nil || !allowPending {
            if Set(list.visible) != expectedVisible(list) { return "visible rows differ from the filter '\(list.filter)'" }
            if let column = list.sortColumn {
                for (a, b) in zip(list.visible, list.visible.dropFirst()) {
                    let (x, y) = (list.rows[a], list.rows[b])
                    let outOfOrder = list.sortAscending ? AddressListModel.compareForTests(y, x, column) : AddressListModel.compareForTests(x, y, column)
                    if outOfOrder { return "rows \(a), \(b) out of order by column \(column)" }
                }
            }
        }
        return nil
    }

    /// Random sequences on a list small enough to be derived at once.
    @Test func invariantsHoldWhenDerivedAtOnce() {
        Property.check("ListState", cases: 300) { generator in
            var list = AddressListModel().list
            var nextID: Int64 = 1
            for step in 0..<generator.int(1...30) {
                switch generator.int(0...7) {
                case 0:
                    let rows = (0..<generator.int(0...40)).map { _ in nextID += 1; return Self.address(&generator, id: nextID) }
                    list.setRows(rows) { $0.id == $1.id }
                case 1: list.setFilter(generator.pick(Self.filters))
                case 2: list.sort(by: generator.int(0...(AddressListModel.columns.count - 1)))
                case 3: list.apply(generator.pick([.by(generator.int(-5...5)), .pageUp, .pageDown, .top, .bottom, .to(generator.int(-3...50))]))
                case 4: list.pageSize = generator.int(0...30)
                case 5:
                    // A delete: the list read again without the selected row.
                    if let selected = list.selected { list.setRows(list.rows.filter { $0.id != selected.id }) { $0.id == $1.id } }
                case 6: list.sortNext()
                default:
                    var rows = list.rows
                    rows.shuffle(using: &generator)
                    list.setRows(rows) { $0.id == $1.id }
                }
                if let broken = Self.check(list, allowPending: false) { return "step \(step): \(broken)" }
            }
            return nil
        }
    }

    /// The same with every derivation run as off the loop's thread: results arrive late,
    /// out of order or not at all, and only the newest one counts.
    @Test func invariantsHoldWhenDerivedOffThread() {
        Property.check("ListState off thread", cases: 300) { generator in
            var list = AddressListModel().list
            list.offThreadFrom = 0
            var jobs: [ListState<Address>.Derivation] = []
            var nextID: Int64 = 1
            for step in 0..<generator.int(1...30) {
                var job: ListState<Address>.Derivation?
                switch generator.int(0...5) {
                case 0:
                    let rows = (0..<generator.int(0...40)).map { _ in nextID += 1; return Self.address(&generator, id: nextID) }
                    job = list.setRows(rows) { $0.id == $1.id }
                case 1: job = list.setFilter(generator.pick(Self.filters))
                case 2: job = list.sort(by: generator.int(0...(AddressListModel.columns.count - 1)))
                case 3: list.apply(generator.pick([.by(generator.int(-5...5)), .pageDown, .top, .bottom]))
                case 4:
                    // Some derivation finishes: any of those handed out, possibly overtaken.
                    if !jobs.isEmpty { list.finish(jobs.remove(at: generator.int(0...(jobs.count - 1))).run()) }
                default: list.pageSize = generator.int(1...20)
                }
                if let job { jobs.append(job) }
                if let broken = Self.check(list, allowPending: true) { return "step \(step): \(broken)" }
            }
            // The newest derivation settles the list exactly.
            if let newest = jobs.last { list.finish(newest.run()) }
            if list.pending != nil, !jobs.isEmpty { return "still pending after the newest derivation finished" }
            return list.pending == nil ? Self.check(list, allowPending: false) : nil
        }
    }

    // Named examples.

    /// Like fzf: a filter without marks ignores the marks of Latin letters; one with a mark
    /// matches only that letter. Case never matters; NFD rows match like NFC ones.
    @Test(arguments: [
        ("tonis", "Tõnis", true), ("tonis", "Tonis", true), ("tõnis", "Tonis", false), ("TÕNIS", "tõnis", true),
        ("ounapuu", "Õunapuu OÜ", true), ("ounapuu", "O\u{303}unapuu", true), ("õun", "O\u{303}unapuu", true),
        ("lodz", "Łódź", true), ("strasse", "Straße", true), ("zoe", "Zoë", true), ("ёлка", "ЁЛКА", true),
        ("елка", "Ёлка", false), ("東京", "東京 商事", true), ("sarsel", "Šaršeltšik", true), ("š", "sõber", false),
    ])
    func theFilterFoldsCaseAndLatinMarks(needle: String, field: String, found: Bool) {
        #expect(SearchNeedle(needle).found(in: field) == found)
        let matched = SearchIndex([field], fields: { [$0] }).matches(SearchNeedle(needle))
        #expect(matched == [found])
    }

    /// A match never spans two fields of a row.
    @Test func aMatchNeverSpansTwoFields() {
        let index = SearchIndex([["ab", "cd"]], fields: { $0 })
        let across = index.matches(SearchNeedle("bc")), within = index.matches(SearchNeedle("cd"))
        #expect(across == [false])
        #expect(within == [true])
    }
}

extension AddressListModel {
    /// The order the list promises: text columns by their bytes, then by id.
    static func compareForTests(_ a: Address, _ b: Address, _ column: Int) -> Bool {
        if case .compare(let compare) = columns[column].order { return compare(a, b) }
        let (x, y) = (Array(cells(a)[column].utf8), Array(cells(b)[column].utf8))
        return x == y ? a.id < b.id : x.lexicographicallyPrecedes(y)
    }
}
