/// A lesson: Markdown text with a header and runnable examples.
public struct Lesson: Hashable, Sendable, Identifiable {
  /// The id used by `lesson ID` and in links (`[text](lesson:ID)`).
  public var id: String
  /// The title shown in listings.
  public var title: String
  /// Where it sorts among the lessons.
  public var order: Int
  /// Lessons to read first.
  public var requires: [String]
  /// The file it came from, relative to the content folder.
  public var file: String
  /// The Markdown body, one entry per line with its line number in the file.
  public var body: [SourceLine]
  /// The runnable examples, in order: `try 1` runs the first.
  public var examples: [CommandBlock]
}

/// One line of a content file, with its 1-based line number.
public struct SourceLine: Hashable, Sendable {
  /// The text, without its newline.
  public var text: String
  /// The line number in the file.
  public var line: Int

  /// Creates a line.
  public init(_ text: String, line: Int) {
    self.text = text
    self.line = line
  }
}

/// Shell commands to run together: a lesson's example, a scenario's step, a mnemonic demo.
public struct CommandBlock: Hashable, Sendable {
  /// The commands, each with its line in the file.
  public var commands: [SourceLine]

  /// Creates a block.
  public init(commands: [SourceLine]) { self.commands = commands }
}
