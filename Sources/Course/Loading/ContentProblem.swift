/// One thing wrong with a content file, reported as `FILE:LINE: message`.
public struct ContentProblem: Hashable, Sendable, CustomStringConvertible {
  /// The file, relative to the content folder.
  public var file: String
  /// The 1-based line the problem is on (1 for problems of the whole file).
  public var line: Int
  /// What is wrong, and what would be right.
  public var message: String

  /// Creates a problem report.
  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `FILE:LINE: message`.
  public var description: String { "\(file):\(line): \(message)" }
}
