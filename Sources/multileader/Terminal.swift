import Glibc
import Workbench

/// The terminal facts the executable reads, and the pure rules that turn them into session options.
///
/// This is the only place that asks the operating system about terminals (`isatty`, `TERM`,
/// `NO_COLOR`, `COLUMNS`, `TIOCGWINSZ`); the libraries below only ever see a width and a style.
enum Terminal {
  /// The width used when nothing better is known.
  static let fallbackWidth = 80

  /// Whether `descriptor` is a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// The value of the environment variable `name`, or `nil` when it is unset.
  static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
  }

  /// Whether standard output should carry ANSI colour, judged from the live process.
  static func colorEnabled(noColorFlag: Bool) -> Bool {
    colorEnabled(
      stdoutIsTerminal: isTerminal(STDOUT_FILENO),
      noColorVariable: environment("NO_COLOR"),
      term: environment("TERM"),
      noColorFlag: noColorFlag
    )
  }

  /// The colour rule: only on a terminal, and off for any non-empty `NO_COLOR`, for `TERM=dumb`
  /// and for `--no-color`.
  static func colorEnabled(stdoutIsTerminal: Bool, noColorVariable: String?, term: String?, noColorFlag: Bool)
    -> Bool
  {
    guard stdoutIsTerminal, !noColorFlag else { return false }
    if let noColorVariable, !noColorVariable.isEmpty { return false }
    return term != "dumb"
  }

  /// The output width for the live process: the override, else `COLUMNS`, else the window size of
  /// standard output, else 80.
  static func width(override: Int?) -> Int {
    width(override: override, columnsVariable: environment("COLUMNS"), windowColumns: windowColumns())
  }

  /// The width rule; a `COLUMNS` that is not a positive number is ignored, and a wider `COLUMNS`
  /// or window than ``SessionOptions/maximumWidth`` counts as that many columns (`--width` is
  /// checked when the arguments are parsed).
  static func width(override: Int?, columnsVariable: String?, windowColumns: Int?) -> Int {
    min(
      unclampedWidth(override: override, columnsVariable: columnsVariable, windowColumns: windowColumns),
      SessionOptions.maximumWidth)
  }

  private static func unclampedWidth(override: Int?, columnsVariable: String?, windowColumns: Int?) -> Int {
    if let override { return override }
    if let columnsVariable, let columns = Int(columnsVariable), columns > 0 { return columns }
    if let windowColumns, windowColumns > 0 { return windowColumns }
    return fallbackWidth
  }

  /// The number of rows of the terminal on standard output, or `nil` when it is not a terminal.
  static func windowRows() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
    return Int(size.ws_row)
  }

  /// The number of columns of the terminal on standard output, or `nil` when it is not a terminal.
  private static func windowColumns() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
