/// The M-T-L-C mnemonic: a phrase whose initials stand for the four ideas to remember.
public struct Mnemonic: Hashable, Sendable {
  /// The phrase: "Many Tasty Local Choices".
  public var phrase: String
  /// The letters, in order.
  public var letters: [MnemonicLetter]
  /// The file it came from.
  public var file: String

  /// The letters joined with dashes: `M-T-L-C`.
  public var initials: String { letters.map(\.letter).joined(separator: "-") }
}

/// One letter of the mnemonic, with the idea it stands for.
public struct MnemonicLetter: Hashable, Sendable {
  /// The letter: `M`.
  public var letter: String
  /// The word or words it stands for: `Multi-leader`.
  public var word: String
  /// The meaning in one sentence.
  public var meaning: String
  /// The lesson that teaches it.
  public var lesson: String
  /// More text, Markdown.
  public var notes: [SourceLine]
  /// A live demonstration on the model, if any.
  public var demo: CommandBlock?
  /// Other wordings that name the idea (`accepts:`), besides the letter's word; see
  /// ``accepts(_:)``.
  public var accepted: [String] = []
  /// A nudge toward the idea that does not name it (`hint:`), if any.
  public var hint: String?
  /// The line of its `## X: Word` heading.
  public var line: Int
}
