/// Every user-facing string of the app, in one place per language (`Catalogue+English`,
/// `Catalogue+Estonian`). A language is complete by construction: the memberwise
/// initialiser takes every member, so a string added here cannot be left out of one.
/// Texts with values are functions; the code that shows them picks the member, never
/// builds sentences of its own, so each language keeps its own word order.
public struct Catalogue: Sendable {
    public typealias Text1<A> = @Sendable (A) -> String
    public typealias Text2<A, B> = @Sendable (A, B) -> String
    public typealias Text3<A, B, C> = @Sendable (A, B, C) -> String

    public let language: Language

    // MARK: Numbers

    /// The decimal separator for figures shown to people (the API always sends `.`).
    public let decimalSeparator: Character

    // MARK: Header, tabs, status line

    public let paneBalance, paneAddresses, paneChannels, paneRequests: String
    public let sandbox: String
    /// "via http://proxy:3128" in the header.
    public let viaProxy: Text1<String>
    public let readOnly: String
    public let headerBalance: Text1<String>
    public let headerBalanceUnknown: String
    public let lowMark: String
    /// What is on its way, beside the spinner.
    public let workBalance, workAddresses, workChannels, workAdd, workProfile: String
    public let workDelete: Text1<Int64>
    public let workChannel: Text1<String>
    public let tooSmall: Text2<Int, Int>
    public let needsAtLeast: Text2<Int, Int>
    public let enlargeOrQuit: Text1<String>
    /// Key labels that are words.
    public let keySpace: String

    // MARK: Footer

    public let footerRefresh, footerMove, footerFilter, footerSort, footerDetails, footerAdd: String
    public let footerDelete, footerToggle, footerExport, footerPane, footerHelp, footerQuit: String
    public let footerChartRange: String
    public let footerMark: String
    /// The overlays' and the line editor's actions, as hints and help name them beside
    /// their keys (the keys come from the key table, never from these words).
    public let actionNext, actionBack, actionSend, actionClose, actionClearField: String
    public let actionKeep, actionClearFilter, actionTypeToFilter: String
    public let actionYes, actionOtherKeyNo, actionAnyKeyCloses: String
    public let actionChoose, actionSwitch, actionCancel, actionPreviousProfile, actionNextProfile: String
    public let actionLeft, actionRight, actionLineStart, actionLineEnd: String
    public let actionDeleteBack, actionDeleteForward, actionDeleteWord, actionDeleteToEnd: String

    // MARK: Help (one line per action)

    public let helpTitle, helpClose: String
    /// The editing keys of text fields and the filter, as the key table has them.
    public let helpTyping: Text1<String>
    public let helpQuit, helpHelp, helpNextPane, helpPreviousPane: String
    public let helpShowBalance, helpShowAddresses, helpShowChannels, helpShowRequests: String
    public let helpUp, helpDown, helpPageUp, helpPageDown, helpTop, helpBottom: String
    public let helpRefresh, helpFilter, helpSort, helpAdd, helpDelete, helpToggle: String
    public let helpOpen, helpExport, helpProfiles, helpRedraw: String
    public let helpChartRange: String
    public let helpMark, helpMarkAll, helpStop, helpExportList: String

    // MARK: Balance pane

    public let credits: Text1<String>
    public let loading: String
    /// Marks a large list while its filter or sort is worked out off the loop's thread.
    public let filtering: String
    public let sorting: String
    public let lastRead: Text2<String, Int>
    public let lowBalance: Text1<String>
    public let refreshesEvery: Text2<Int, String>
    /// The forecast: spend per day (figure, over how many days), how long it lasts (date,
    /// whole days), or why there is none.
    public let spendPerDay: Text2<String, Int>
    public let lastsUntil: Text2<String, Int>
    public let noSpend: Text1<Int>
    public let needsReadings: Text2<Int, String>
    /// The low-balance warning ahead of time: threshold, whole days.
    public let belowIn: Text2<String, Int>
    /// The chart: its spans' names (24 h, 7 d, 30 d), the top-up mark's word, an empty span.
    public let chartRangeNames: [String]
    public let topUp: String
    public let noReadings: String
    /// A day of a month (day, month 1–12) on the chart's time axis.
    public let shortDate: Text2<Int, Int>
    /// A span of time (days, hours), as in "has 1 d 3 h".
    public let span: Text2<Int, Int>

    // MARK: Tables

    public let columnID, columnName, columnCompany, columnDocument, columnCountry, columnCity: String
    public let columnZip, columnStreet, columnVerified, columnAddressVerified: String
    public let columnType, columnActive: String
    public let columnTime, columnMethod, columnParameters, columnOutcome, columnMilliseconds: String
    public let toggleOn, toggleOff: String
    public let noAddresses: Text1<String>
    public let couldNotLoad: Text1<String>
    public let noChannels, noRequests: String
    public let nothingMatches: Text1<String>

    // MARK: Address form

    public let formTitle: String
    public let fieldContactName, fieldIsCompany, fieldCompanyName, fieldDocument, fieldCountry: String
    public let fieldCityID, fieldCityName, fieldZip, fieldStreet: String
    public let yes, no, on, off: String
    public let companiesOnly: String
    /// The city id's help: the country and the account's cities in it ("1 Tallinn (312)"),
    /// or that it has none there; one city as it is listed (id, name, addresses).
    public let cityHelp: Text2<String, String>
    public let cityHelpNone: Text1<String>
    public let cityChoice: Text3<Int64, String, Int>
    public let sending: String
    public let problemRequired, problemTooLong, problemUnknownCountry, problemNotAPositiveNumber: String

    // MARK: Dialogs and details

    public let confirmTitle: String
    public let confirmQuit: String
    public let confirmDelete: Text2<Int64, String>
    public let detailsClose: String
    public let addressTitle, requestTitle: String
    public let detailDocumentOK, detailAddressOK, person, verified, notVerified: String
    public let cityWithID: Text2<String, Int64>
    public let detailEndpoint, detailAPI, detailAuth, detailAttempt, detailHTTPStatus, detailDuration, detailResponse: String
    public let none: String
    public let profilesTitle, profilesLive: String
    /// Under the profile list, with the key that switches.
    public let profilesHint: Text1<String>

    // MARK: Status messages

    public let readBalanceFailed, readAddressesFailed, readChannelsFailed, addFailed: Text1<String>
    public let deleteFailed: Text2<Int64, String>
    public let switchFailed: Text3<String, Bool, String>
    public let addressDeleted: Text1<Int64>
    public let channelSwitched: Text2<String, Bool>
    public let profileNotOpened: Text1<String>
    public let unknownProblem: String
    public let nowOnProfile: Text3<String, String, String>
    public let exported: Text2<Int, String>
    public let exportFailed: Text1<String>
    public let readOnlyRefused: Text2<String, String>
    public let noProfiles: String
    public let deleteCancelled: String
    public let formKept: Text1<String>
    /// A form draft kept from a session a signal ended is back (key to open the form).
    public let formRestored: Text1<String>
    /// The previous session stopped on a crash: where its report is.
    public let lastSessionCrashed: Text1<String>
    /// A command-line value that is not UTF-8, by its option.
    public let argumentNotUTF8: Text1<String>
    /// `TERM` unknown here: what is used instead (from, to).
    public let terminalFellBack: Text2<String, String>
    /// Refusals to start the UI on a terminal that cannot draw it, each with the fix.
    public let terminalUnset, terminalDumb: String
    public let terminalUnknown: Text1<String>
    /// …and it was being sent then, so the address may exist already.
    public let formRestoredMaybeSent: Text1<String>
    public let fixMarkedFields: String
    public let pasteIgnored: String
    public let addressAdded, addressAddedAfterLostAnswer: String
    /// A proxy's trouble, naming the proxy (and where its setting came from): unreachable,
    /// silent for N s, closed, asking for credentials, refusing them, refusing (status).
    /// TLS failures, said as curl would: the certificate is for other names (host, names);
    /// issued by an untrusted CA (host, issuer); expired or not yet valid (host, date); the
    /// port speaks no TLS (host, port); no TLS version in common (host).
    public let tlsWrongName: Text2<String, String>
    public let tlsUntrustedIssuer: Text2<String, String>
    public let tlsExpired: Text2<String, String>
    public let tlsNotYetValid: Text2<String, String>
    public let tlsNotTLS: Text2<String, Int>
    public let tlsNoCommonProtocol: Text1<String>
    /// After a failure of an assumed way in (which, the setting that works).
    public let assumedWayIn: Text2<String, String>
    public let proxyUnreachable: Text2<String, String>
    public let proxyTimedOut: Text2<String, String>
    public let proxyClosed: Text1<String>
    public let proxyWantsCredentials: Text2<String, String>
    public let proxyRefusedCredentials: Text1<String>
    public let proxyRefused: Text2<String, String>
    /// Writes in flight, named: "the address 'Mari Tamm, Tallinn'", "deleting address 1001",
    /// "switching sms on".
    public let intentAdd: Text2<String, String>
    public let intentDelete: Text1<Int64>
    public let intentChannel: Text2<String, Bool>
    /// The same write asked for again while it is on its way.
    public let stillOnItsWay: Text1<String>
    /// The answer to a write sent before a profile switch (profile, write; and the error).
    public let earlierWriteDone: Text2<String, String>
    public let earlierWriteFailed: Text3<String, String, String>
    /// Quitting, or switching profile (to), with writes on their way.
    public let confirmQuitWrites: Text1<String>
    public let confirmSwitchWrites: Text2<String, String>
    /// A write the last session sent and never heard back about, settled at start by a read:
    /// added; not added (the add key); deleted or still there; a channel now on/off, as asked or not.
    public let settledAdded: Text1<String>
    public let settledNotAdded: Text2<String, String>
    public let settledDeleted: Text2<Int64, Bool>
    public let settledChannel: Text3<String, Bool, Bool>
    /// A write whose answer was lost and could not be checked at once: it stays on its way
    /// until a read settles it; then it was done, or did not happen (and was not resent).
    public let outcomeChecking: Text1<String>
    public let checkedApplied: Text1<String>
    public let checkedNotApplied: Text1<String>
    public let keyBindings: Text1<String>
    public let unknownAction: Text1<String>
    public let unknownKeyName: Text1<String>
    public let keyClash: Text3<String, String, String>
    public let themeNotUsed: Text2<String, String>

    // MARK: API errors: the provider's codes (from its page) and what to do

    /// Code as the server sends it → what it means and what to do.
    /// What each of the API's codes means and what to do (the Estonian ones lead with the
    /// provider's own words); reached by an exhaustive switch in `APIErrorCode`.
    public let errorMissingUser, errorMissingPassword, errorMissingClass, errorMissingMethod, errorMissingCompulsoryParam, errorIncorrectUserPassword: String
    public let errorIncorrectClass, errorIncorrectMethod, errorEmptyCountryCode, errorCountryNotFound, errorEmptyCity, errorCityNotFound: String
    public let errorAddressNotFound, errorChannelNotFound, errorIpNotAllowed, errorInvalidParameter, errorMalformedRequest, errorRequestTooLarge: String
    public let errorApiNotAllowed, errorTokenExpired, errorInvalidToken, errorTokenRevoked: String
    public let apiUnknownCode: Text1<String>

    // MARK: Transport and protocol errors

    public let timedOut: Text1<String>
    public let connectionRefused, connectionReset, cannotResolveHost: String
    public let tlsFailed, requestFailed: Text1<String>
    public let httpStatus: Text2<Int, String>
    public let notJSON: Text1<String>
    public let truncated: String
    public let protocolViolation, invalidEndpoint: Text1<String>
    public let protocolInvalidJSON, protocolNotAnObject, protocolNoStatus, protocolErrorWithoutCode: String
    public let protocolUnknownStatus: Text1<String>
    public let protocolBalanceObject, protocolBalanceNotANumber: String
    public let protocolAddressWithoutID, protocolChannelWithoutName: Text1<Int>
    public let protocolListShape, protocolNotAList, protocolAmbiguousAdd: String
    public let endpointNotAURL: Text1<String>
    public let endpointCredentials: String
    public let endpointPlainHTTP, endpointScheme: Text1<String>
    public let writeNotApplied, writeOutcomeUnknown: Text1<String>
    public let fieldRequired, fieldUnknownCountry, fieldNotAPositiveNumber: Text1<String>
    public let fieldTooLong: Text2<String, Int>
    public let fieldRefused: Text2<String, String>

    // MARK: Config and theme files (after `file:line: key:`)

    public let configNotUTF8: String
    public let configNotTOML: Text1<String>
    public let configNotAString, configNotABool, configNotANumber: String
    public let configNotATable: Text1<String>
    public let configNoUser: String
    /// A first run: no credentials in the environment and no config file (its path).
    public let configNoAccount: Text1<String>
    public let configNoPassword, configShellUnavailable: String
    public let configCommandFailed: Text2<Int32, String>
    public let configCommandPrintedNothing: String
    public let configNoProfileAdd, configNoProfileKnown: Text1<String>
    public let configBadLanguage, configBadKeyName, configBadAuth, configBadAPI, configBadTimeout: String
    /// A proxy setting that cannot be used: empty; not a URL; a scheme other than http.
    public let configProxyEmpty: String
    /// `--proxy` given credentials (they would show in `ps`).
    public let proxyCredentialsInArguments: String
    public let configProxyNotAURL: Text1<String>
    public let configProxyScheme: Text2<String, String>
    public let configPasswordReadable: Text1<String>
    public let themeNoSuchTheme: Text2<String, String>
    public let themeCycle: Text1<String>
    public let themeNotAColour: String
    public let themeNoSuchElement: Text1<String>
    public let themeUnknownColour: Text2<String, String>
    public let passwordPrompt: Text2<String, String>
    public let historyNotKept: Text1<String>
    /// Marked addresses: the table's title count, the question, progress (n of total, the
    /// key that stops), the summary (deleted, of, failed), stopped (deleted, of), the first
    /// failure (id, reason).
    public let markedCount: Text1<Int>
    public let confirmBulkDelete: Text1<Int>
    public let bulkProgress: Text3<Int, Int, String>
    public let bulkDone: Text3<Int, Int, Int>
    public let bulkStopped: Text2<Int, Int>
    public let bulkStopping: String
    public let bulkFirstFailure: Text2<Int64, String>

    // MARK: One-shot commands

    public let cliAddressAdded: String
    public let cliAddressDeleted: Text1<Int64>
    public let cliChannelSwitched: Text2<String, Bool>
    public let cliLostAnswer: Text1<String>
    public let cliReadOnly: Text2<String, String>
    public let cliNeedsTerminal: String
    public let cliKeyBindings: Text1<String>

    // MARK: Import and export (addresses import|export)

    /// A problem of an import file at a line.
    public let importLine: Text2<Int, String>
    public let importEmptyFile, importUnterminatedQuote, importStrayQuote, importCompanyNameForPerson: String
    /// Field number (0: the whole line).
    public let importNotUTF8: Text1<Int>
    public let importFieldTooLong: Text2<Int, Int>
    public let importNotJSONObject, importMissingColumns, importUnknownColumns, importDuplicateColumn: Text1<String>
    public let importFieldCount: Text2<Int, Int>
    public let importNotANumber, importNotAFlag: Text1<String>
    public let importDuplicateRow: Text1<Int>
    /// How many problems, in which file: nothing was sent.
    public let importProblems: Text2<Int, String>
    /// Valid rows, of which already on the account (`--dry-run`).
    public let importDryRun: Text2<Int, Int>
    /// Added, already there, failed.
    public let importSummary: Text3<Int, Int, Int>
    public let importErrorsFile: Text1<String>
    public let importStopped: String
    public let importStoppedBy: Text1<String>
    /// The progress line: done, total, rate a second, time left, failures.
    public let importProgress: @Sendable (Int, Int, String, String, Int) -> String
    /// Addresses written, where.
    public let exportDone: Text2<Int, String>
}

extension Catalogue {
    /// `152.34` as this language writes it.
    public func decimal(_ text: String) -> String {
        decimalSeparator == "." ? text : String(text.map { $0 == "." ? decimalSeparator : $0 })
    }
}
