import AfilnetAPI
import AfilnetConfig
import ArgumentParser
import Foundation
import Localization
import TerminalText

/// The documented exit codes of the one-shot commands (README, "Exit codes").
enum ExitStatus {
    static let apiError: Int32 = 1
    static let usage: Int32 = 64
    /// An import file with problems (nothing was sent).
    static let dataError: Int32 = 65
    /// A file that cannot be read.
    static let noInput: Int32 = 66
    /// Stopped by Ctrl-C (after the call in flight).
    static let interrupted: Int32 = 130
    static let network: Int32 = 69
    static let outcomeUnknown: Int32 = 75
    static let authentication: Int32 = 77
    static let configuration: Int32 = 78
    /// The UI cannot draw on this terminal (`TERM` unset, `dumb`, or unknown with no fallback).
    static let terminal: Int32 = 72

    static func code(for error: AfilnetError) -> Int32 {
        switch error {
        case .api(let code): code.isAuthentication ? authentication : apiError
        case .invalidInput: usage
        case .invalidEndpoint: configuration
        case .writeOutcomeUnknown: outcomeUnknown
        case .writeNotApplied(let cause): code(for: cause)
        case .transport, .httpStatus, .notJSON, .truncated, .protocolViolation: network
        case .assumedWayIn(_, let cause): code(for: cause)
        }
    }
}

/// Prints an error the way every command does (`afilnet-tui: …` on stderr) and exits.
func fail(_ message: String, status: Int32) -> ExitCode {
    FileHandleOutput.standardError("afilnet-tui: \(TerminalSafeText.sanitize(message))\n")
    return ExitCode(status)
}

/// The exit for any error a command meets: API and config errors by their kind, API errors
/// said in `text`'s language.
func fail(_ error: any Error, _ text: Catalogue = Language.resolve(environment: ProcessInfo.processInfo.environment).catalogue) -> ExitCode {
    switch error {
    case let error as AfilnetError: fail(describe(error, in: text), status: ExitStatus.code(for: error))
    case let error as ConfigError:
        fail(describe(error, in: text), status: error.problem.isAuthentication ? ExitStatus.authentication : ExitStatus.configuration)
    case let exit as ExitCode: exit
    default: fail(describe(error, in: text), status: ExitStatus.configuration)
    }
}

/// Any error in `text`'s language: the app's own errors are translated, others as they come.
func describe(_ error: any Error, in text: Catalogue) -> String {
    switch error {
    case let error as AfilnetError: error.text(in: text)
    case let error as ConfigError: error.text(in: text)
    default: String(describing: error)
    }
}
