/// A model-checked question: a prompt with parameters, a setup to run on the model, and the
/// extractor that reads the answer from the model once the setup has run.
///
/// No answer is stored: each time the question is asked its parameters are drawn from a seed,
/// the setup runs on a fresh world and the extractor computes the expected answer.
public struct QuizTemplate: Hashable, Sendable, Identifiable {
  /// The id used by `multileader quiz --id ID`.
  public var id: String
  /// The topic `quiz TOPIC` selects it by.
  public var topic: String
  /// What kind of question it is.
  public var kind: QuizKind
  /// The lesson that teaches the idea.
  public var lesson: String
  /// The nudge `hint` gives: the concept to think about, never the answer.
  public var hint: String
  /// The question text, with `{name}` placeholders.
  public var prompt: [SourceLine]
  /// The parameters, in declaration order (the order they are drawn in).
  public var parameters: [QuizParameter]
  /// The setup: shell commands with `{name}` placeholders.
  public var setup: [SourceLine]
  /// What to read from the model, with `{name}` placeholders.
  public var answer: SourceLine
  /// The file it came from, relative to the content folder.
  public var file: String
}

/// The kinds of model-checked questions.
public enum QuizKind: String, CaseIterable, Hashable, Sendable {
  /// Which value every replica ends with under a policy.
  case finalValue = "final-value"
  /// Which write last write wins loses.
  case lostWrite = "lost-write"
  /// Whether two writes are concurrent or causally ordered.
  case concurrency
  /// A version vector after some events.
  case versionVector = "version-vector"
  /// Whether a write commits under quorum.
  case quorum
  /// What a CRDT holds after merging.
  case crdt
  /// What a follower returns at a time.
  case followerRead = "follower-read"
  /// What write latency a client sees.
  case latency
  /// Which revision or cell a real database keeps.
  case realDatabase = "real-database"
  /// Which outcomes are possible, over every order the messages can arrive in.
  case possibleOutcomes = "possible-outcomes"
}

/// One parameter of a template and the values it may take.
public struct QuizParameter: Hashable, Sendable {
  /// The name used in `{name}` placeholders.
  public var name: String
  /// The values it is drawn from (a range is listed value by value).
  public var values: [String]
  /// The line it is declared on.
  public var line: Int
  /// The parameter whose value decides this one's (`slow: {fast}: us -> asia, asia -> us`), or
  /// `nil` for a parameter drawn from its values.
  public var source: String?
  /// For a derived parameter, its value for each value of ``source``; ``values`` then lists them
  /// in the order of the source's values.
  public var mapping: [String: String]

  /// Creates a parameter, drawn from `values` or, with a `source`, derived through `mapping`.
  public init(
    name: String, values: [String], line: Int, source: String? = nil, mapping: [String: String] = [:]
  ) {
    self.name = name
    self.values = values
    self.line = line
    self.source = source
    self.mapping = mapping
  }
}
