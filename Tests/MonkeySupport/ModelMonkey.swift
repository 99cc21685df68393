import AccountModel
import AfilnetAPI
import BalanceHistory
import Foundation
import Localization
import TerminalUI

/// The monkey at the model's level: random keys (every bound one, editing keys, text in many
/// scripts), pastes, resizes from 1×1 to 300×100, clicks, wheel, and answers to requests —
/// successes with hostile data, every kind of error, answers nobody asked for, in any order
/// — fed to `AppModel`, and every frame rendered and checked. Run by `ModelMonkeyTests`
/// and, for a million inputs in a release build, by `afilnet-bench monkey`;
/// `scripts/monkey.py` does the same through the real executable in a terminal.
public enum ModelMonkey {
    /// A model as a session has it after start-up: the demo account's balance read, at 80×24,
    /// at a fixed time (the snapshots build on it too).
    public static func startingModel(language: Language, glyphs: ChartGlyphs = .braille) -> AppModel {
        let client = AfilnetClient(
            configuration: ClientConfiguration(endpoint: try! Endpoint("http://127.0.0.1:9/api/http/"), credentials: Credentials(user: "demo", password: "demo")),
            transport: AsyncHTTPTransport())
        var model = AppModel(
            session: SessionInfo(user: "demo", endpoint: "http://127.0.0.1:9/api/http/", isSandbox: true, profile: "sandbox", readOnly: false),
            service: AccountService(client: client), language: language, balance: BalanceModel(glyphs: glyphs))
        _ = model.handle(.tick(Date(timeIntervalSince1970: 1_796_000_000)))
        _ = model.handle(.resized(columns: 80, rows: 24, pageSize: Renderer.pageSize(columns: 80, rows: 24)))
        _ = model.handle(.balanceLoaded(.success(Balance(text: "152.34")!)))
        return model
    }

    /// A history as a read might bring back: none, one reading, many; flat, falling, jumping,
    /// negative, huge, out of the chart's span, several at the same instant; or a failure.
    static func history(_ generator: inout Generator, now: Date) -> Result<[BalanceSample], HistoryProblem> {
        if generator.chance(0.1) { return .failure(HistoryProblem(HostileText.string(&generator))) }
        let count = generator.pick([0, 1, 2, generator.int(3...50), generator.int(50...3000)])
        let spans: [Double] = [60, 3600, 86_400, 2 * 86_400, 30 * 86_400, 400 * 86_400]
        let span = generator.pick(spans)
        var time = now.timeIntervalSince1970 - span
        let values: [Double] = [0, -5, 1e15, 152.34, 10]
        var value = generator.pick(values)
        let samples = (0..<count).map { _ -> BalanceSample in
            if !generator.chance(0.1) { time += span / Double(max(1, count)) }
            value = generator.chance(0.05) ? generator.pick(values) : value - Double(generator.int(-2...5)) / 3
            let amount = Decimal(string: String(format: "%.2f", value)) ?? 0
            return BalanceSample(time: Date(timeIntervalSince1970: time), amount: amount, source: .ui)
        }
        return .success(samples)
    }

    /// Runs `steps` inputs from `seed`; nil when every frame held, else what broke, with the
    /// last 30 inputs and how to replay it.
    public static func run(seed: UInt64, steps: Int) -> String? {
        var generator = Generator(seed: seed)
        let language: Language = seed % 2 == 0 ? .english : .estonian
        var model = startingModel(language: language)
        var recent: [String] = []
        // The monkey's own ledger of the writes the model asked for and not yet answered: the
        // same write asked for again before its answer is a write sent twice.
        var sent = Set<WriteIntent.Slot>()
        for step in 0..<steps {
            let message = Self.message(&generator, model)
            recent.append(String(String(describing: message).prefix(160)))
            if recent.count > 30 { recent.removeFirst() }
            if let answered = answeredWrite(message) { sent.remove(answered.slot) }
            let effects = model.handle(message)
            var twice: WriteIntent?
            for intent in effects.compactMap(\.writeIntent) where !sent.insert(intent.slot).inserted { twice = intent }
            if model.wantsToQuit {
                model = startingModel(language: language)
                sent = []
                continue
            }
            let grid = Renderer.render(model)
            if let problem = twice.map({ "\($0) asked for again while on its way" }) ?? Self.problem(model, grid) {
                let inputs = recent.joined(separator: "\n")
                return "seed \(seed), step \(step): \(problem)\nlast inputs:\n\(inputs)"
            }
        }
        return nil
    }

    static let keys: [Key] = {
        var keys = Set(KeyMap.defaults.values.flatMap { $0 })
        keys.remove(.character("q"))  // ends the session: the monkey quits only at the end
        keys.formUnion([.left, .right, .home, .end, .backspace, .delete, .escape, .tab, .backTab, .enter, .pageUp, .pageDown,
                        .control("a"), .control("e"), .control("w"), .control("k"), .control("u"), .function(5),
                        .character("y"), .character("Y"), .character("n")])
        return Array(keys).sorted { $0.description < $1.description }
    }()

    static let errors: [AfilnetError] = [
        .api(.cityNotFound), .api(.countryNotFound), .api(.emptyCity), .api(.incorrectUserPassword), .api(.unknown("WEIRD\u{1B}[31m")),
        .transport(.timedOut(seconds: 2)), .httpStatus(502, preview: "<html>\u{7}"), .notJSON(preview: "\u{202E}oops"), .truncated,
        .writeOutcomeUnknown(cause: .truncated), .writeNotApplied(cause: .transport(.timedOut(seconds: 2))),
    ]

    static func address(_ generator: inout Generator, id: Int64) -> Address {
        Address(
            id: id, contactName: HostileText.string(&generator, pieces: 0...4), isCompany: generator.chance(0.3),
            companyName: HostileText.string(&generator, pieces: 0...3), documentID: HostileText.string(&generator, pieces: 0...2),
            countryCode: generator.pick(["EE", "JP", "", "ZZ", "\u{1B}"]), cityID: Int64(generator.int(0...99)),
            cityName: HostileText.string(&generator, pieces: 0...2), zipCode: HostileText.string(&generator, pieces: 0...1),
            street: HostileText.string(&generator, pieces: 0...5), verified: generator.chance(0.5), addressVerified: generator.chance(0.5))
    }

    public static func message(_ generator: inout Generator, _ model: AppModel) -> AppMessage {
        switch generator.int(0...99) {
        case 0..<45: return .key(generator.pick(keys))
        case 45..<60:
            let text = HostileText.string(&generator, pieces: 1...3)
            return .key(.character(text.first ?? "x"))
        case 60..<63: return .paste(HostileText.string(&generator, pieces: 0...20))
        case 63..<68:
            let (columns, rows) = switch generator.int(0...19) {
            case 0...2: (generator.int(1...39), generator.int(1...9))
            case 3: (generator.int(160...300), generator.int(50...100))
            default: (generator.int(40...160), generator.int(10...50))
            }
            return .resized(columns: columns, rows: rows, pageSize: Renderer.pageSize(columns: columns, rows: rows))
        case 68..<70: return .tick(model.now.addingTimeInterval(Double(generator.int(0...20))))
        case 70..<72: return generator.chance(0.5) ? .clickRow(position: generator.int(-3...60), activate: generator.chance(0.5)) : .wheel(generator.int(-6...6))
        case 72: return .clickTab(generator.pick(Pane.allCases))
        case 73..<77:
            let count = generator.chance(0.1) ? generator.int(0...400) : generator.int(0...30)
            var nextID = Int64(generator.int(1...5000))
            let rows = (0..<count).map { _ in nextID += 1; return address(&generator, id: nextID) }
            return .addressesLoaded(generator.chance(0.8) ? .success(rows) : .failure(generator.pick(errors)))
        case 77..<79:
            let channels = (0..<generator.int(0...12)).map { n in
                Channel(type: HostileText.string(&generator, pieces: 0...2), name: "c\(n)" + HostileText.string(&generator, pieces: 0...1), isActive: generator.chance(0.5))
            }
            return .channelsLoaded(generator.chance(0.8) ? .success(channels) : .failure(generator.pick(errors)))
        case 79..<81:
            let amount = generator.pick(["152.34", "0", "-3.5", "99999999999999.99", "1e3"])
            let result: Result<Balance, AfilnetError> = generator.chance(0.7) ? Balance(text: amount).map { .success($0) } ?? .failure(.truncated) : .failure(generator.pick(errors))
            return .balanceLoaded(result, history: generator.chance(0.5) ? history(&generator, now: model.now) : nil)
        case 81..<84:
            let outcome: Result<WriteReceipt, AfilnetError> = generator.chance(0.5) ? .success(generator.chance(0.8) ? .confirmed : .confirmedAfterLostAnswer(.truncated)) : .failure(generator.pick(errors))
            // Mostly the answer to a write on its way; sometimes one nobody asked for.
            if generator.chance(0.7), !model.writes.isEmpty {
                switch generator.pick(model.writes.all).intent {
                case .add(let address): return .addressAdded(address, outcome)
                case .delete(let id): return .addressDeleted(id: id, outcome)
                case .channel(let name, let active): return .channelSwitched(name: name, active: active, outcome)
                }
            }
            switch generator.int(0...2) {
            case 0:
                let address = NewAddress(
                    contactName: HostileText.string(&generator, pieces: 1...2), documentID: "1", countryCode: "EE", cityID: 1,
                    cityName: "Tartu", zipCode: "1", street: "x")
                return .addressAdded(address, outcome)
            case 1: return .addressDeleted(id: model.addresses.list.selected?.id ?? Int64(generator.int(0...9)), outcome)
            default: return .channelSwitched(name: model.channels.list.selected?.name ?? "sms", active: generator.chance(0.5), outcome)
            }
        case 84..<88:
            let entry = JournalEntry(
                time: model.now, endpoint: "http://127.0.0.1:9/api/http/", apiClass: "user", method: HostileText.string(&generator, pieces: 1...2),
                parameters: ["namelastname": HostileText.string(&generator), "password": "[REDACTED]"], auth: "post",
                httpStatus: generator.pick([0, 200, 502]), outcome: HostileText.string(&generator, pieces: 0...2),
                response: HostileText.string(&generator, pieces: 0...30), durationMilliseconds: Double(generator.int(0...5000)), attempt: 1)
            return .journalAppended(entry)
        case 88:
            return .exported(generator.chance(0.5) ? .requests : .addresses, count: generator.int(0...9),
                             path: generator.chance(0.5) ? "/tmp/x\u{1B}" : nil, problem: generator.chance(0.5) ? HostileText.string(&generator) : nil)
        case 89: return .profileOpened(nil, problem: HostileText.string(&generator))
        default: return .key(generator.pick([.character("/"), .character("a"), .character("2"), .character("3"), .character("4"), .tab]))
        }
    }

    /// The write an answer is for.
    static func answeredWrite(_ message: AppMessage) -> WriteIntent? {
        switch message {
        case .addressAdded(let address, _, _): .add(address)
        case .addressDeleted(let id, _, _): .delete(id)
        case .channelSwitched(let name, let active, _, _): .channel(name, active: active)
        default: nil
        }
    }

    public static func problem(_ model: AppModel, _ grid: Grid) -> String? {
        if grid.width != max(0, model.size.columns) || grid.height != max(0, model.size.rows) { return "grid \(grid.width)×\(grid.height) for \(model.size)" }
        if let problem = FrameCheck.problem(grid) { return problem }
        if let cursor = grid.cursor, !(0..<grid.width).contains(cursor.x) || !(0..<grid.height).contains(cursor.y) { return "cursor outside the grid" }
        let lists: [(String, Int, Int, Int, Int)] = [
            ("addresses", model.addresses.list.selection, model.addresses.list.scroll, model.addresses.list.visible.count, model.addresses.list.pageSize),
            ("channels", model.channels.list.selection, model.channels.list.scroll, model.channels.list.visible.count, model.channels.list.pageSize),
            ("requests", model.requests.list.selection, model.requests.list.scroll, model.requests.list.visible.count, model.requests.list.pageSize),
        ]
        for (name, selection, scroll, count, pageSize) in lists {
            if count == 0, selection != 0 { return "\(name): selection \(selection) in an empty list" }
            if count > 0, !(scroll..<(scroll + max(1, pageSize))).contains(selection) || selection >= count {
                return "\(name): selection \(selection) not on the page from \(scroll) (\(pageSize) rows, \(count) visible)"
            }
        }
        return nil
    }
}
