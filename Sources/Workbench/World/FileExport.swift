import TerminalUI

/// A file an `export` command asks its caller to write.
///
/// The session stays free of I/O: it renders the contents and says where they go; the executable
/// writes the file, refusing to replace an existing one unless ``replacesExisting`` is set, and
/// prints ``confirmation`` or the reason it could not.
public struct FileExport: Hashable, Sendable {
  /// The path as the user typed it.
  public let path: String
  /// The file's contents.
  public let contents: String
  /// Whether an existing file may be replaced (`--force`).
  public let replacesExisting: Bool
  /// What to print once the file is written: `Wrote the diagram (SVG, 14 rows) to pizza.svg.`
  public let confirmation: String

  /// Creates an export request.
  public init(path: String, contents: String, replacesExisting: Bool, confirmation: String) {
    self.path = path
    self.contents = contents
    self.replacesExisting = replacesExisting
    self.confirmation = confirmation
  }

  /// The message for a file that exists when ``replacesExisting`` is not set.
  public var existsMessage: String {
    "\(shownPath) already exists; add --force to replace it."
  }

  /// The message for a file that could not be written, given the system's reason.
  public func failureMessage(_ reason: String) -> String {
    "Cannot write \(shownPath): \(reason). Nothing was written."
  }

  /// The path as it is shown: typed by the user, so without terminal control sequences.
  private var shownPath: String { TerminalText.sanitized(path) }
}
