import AfilnetAPI
import BalanceHistory
import Foundation

/// Everything that reaches the model: keys, finished requests, timer ticks, resizes. The
/// front end's one loop feeds these in order; the model never blocks and never draws.
public enum AppMessage: Sendable {
    case key(Key)
    /// Text the terminal delivered as one paste (bracketed paste): it goes into the open
    /// text field, never into key bindings, so a pasted "dy" cannot delete anything.
    case paste(String)
    /// ^C (SIGINT): quits, but with unsent input in the form asks first, as `q` does; a
    /// second ^C while it asks quits.
    case interrupted
    /// A click the front end has placed: on a pane's tab, or on a row of the focused list
    /// (`activate`: on the row's action cell, e.g. a channel's on/off).
    case clickTab(Pane)
    case clickRow(position: Int, activate: Bool)
    /// Mouse wheel over the focused list: rows to move.
    case wheel(Int)
    /// A new terminal size, and how many table rows the front end's layout shows.
    case resized(columns: Int, rows: Int, pageSize: Int)
    case tick(Date)
    /// A balance read, with the account's history after it (nil when none is kept).
    case balanceLoaded(Result<Balance, AfilnetError>, history: Result<[BalanceSample], HistoryProblem>? = nil)
    /// The address list, with its search index when it was built off the loop's thread.
    case addressesLoaded(Result<[Address], AfilnetError>, SearchIndex? = nil)
    /// A sort or filter of a large address list, worked out off the loop's thread (nil:
    /// overtaken by a newer one).
    case addressesDerived(ListState<Address>.Derived?)
    case channelsLoaded(Result<[Channel], AfilnetError>)
    /// A write's answer, with where it was sent from (`from`: nil for the live session).
    case addressAdded(NewAddress, Result<WriteReceipt, AfilnetError>, from: WriteOrigin? = nil)
    case addressDeleted(id: Int64, Result<WriteReceipt, AfilnetError>, from: WriteOrigin? = nil)
    case channelSwitched(name: String, active: Bool, Result<WriteReceipt, AfilnetError>, from: WriteOrigin? = nil)
    case journalAppended(JournalEntry)
    /// An account of the Accounts pane, read.
    case accountRead(AccountReading)
    /// Another profile is live (or could not be opened: `problem`).
    case profileOpened(ProfileConnection?, problem: String?)
    /// Something the start-up has to say (a crash report, a config problem, key conflicts):
    /// said after what was said before it.
    case notice(StatusMessage)
    /// The form's input kept from an ended session, back in the form.
    case draftRestored(FormDraft)
    /// Writes the last session sent and never heard back about (`WriteLedger`): settled by
    /// reading the account once its lists come.
    case unsettledWrites([WriteLedger.Unsettled])
    /// A list written to a file (`e` the requests, `x` the addresses): what, how many rows,
    /// where; or why not.
    case exported(ExportedList, count: Int, path: String?, problem: String?)
}

/// The lists the UI writes to files.
public enum ExportedList: Sendable {
    case requests, addresses
}
