/// What a cell is, in UI terms; a theme decides how each looks on a given terminal. The raw
/// values are the element names of `[styles]` in theme files.
public enum Style: String, Sendable, Hashable, CaseIterable {
    case normal, muted, header, headerAccent = "header_accent", tabs, tabFocused = "tab_focused"
    case footer, footerKey = "footer_key"
    case statusInfo = "status_info", statusWarning = "status_warning", statusError = "status_error"
    case border, focusedBorder = "focused_border", title, tableHeader = "table_header", selection
    case verified, warning, error, field, fieldFocused = "field_focused", fieldError = "field_error"
    case toggleOn = "toggle_on", toggleOff = "toggle_off", dialog, dialogTitle = "dialog_title", balance
}
