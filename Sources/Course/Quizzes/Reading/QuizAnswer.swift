/// An answer to a model-checked question, in its normalised form: what the model computed, or
/// what a learner typed once read (see ``AnswerReader``).
public enum QuizAnswer: Hashable, Sendable, CustomStringConvertible {
  /// A value, lowercased: `mushroom`.
  case value(String)
  /// A node or region name, lowercased: `asia`.
  case node(String)
  /// Yes or no.
  case yesNo(Bool)
  /// A version vector: `[2,1]`.
  case vector([Int])
  /// A set of values, lowercased: `{mushroom, pepperoni}`.
  case set(Set<String>)
  /// A whole number: a counter.
  case number(Int)
  /// A text, lowercased, runs of spaces as one.
  case text(String)
  /// A duration in microseconds, shown and typed in milliseconds.
  case latency(microseconds: Int)

  /// The format a learner answers in.
  public var format: AnswerFormat {
    switch self {
    case .value: .value
    case .node: .node
    case .yesNo: .yesNo
    case .vector: .vector
    case .set: .set
    case .number: .number
    case .text: .text
    case .latency: .milliseconds
    }
  }

  /// The answer as it is shown: `mushroom`, `yes`, `[2,1]`, `{mushroom, pepperoni}`, `152ms`.
  public var description: String {
    switch self {
    case .value(let text), .node(let text), .text(let text): text
    case .yesNo(let yes): yes ? "yes" : "no"
    case .vector(let counters): "[" + counters.map(String.init).joined(separator: ",") + "]"
    case .set(let members): "{" + members.sorted().joined(separator: ", ") + "}"
    case .number(let number): String(number)
    case .latency(let microseconds):
      microseconds % 1_000 == 0
        ? "\(microseconds / 1_000)ms" : "\(microseconds / 1_000).\(Self.fraction(microseconds % 1_000))ms"
    }
  }

  /// Whether `given` (a learner's answer, read in this answer's format) is right.
  ///
  /// Latencies count within 1ms or 3%, whichever is larger: a learner reasons in round trips,
  /// not in the microseconds of local hops. A set given as one value matches a set of one.
  public func accepts(_ given: QuizAnswer) -> Bool {
    switch (self, given) {
    case (.latency(let expected), .latency(let answer)):
      return abs(expected - answer) <= max(1_000, expected * 3 / 100)
    case (.set(let expected), .value(let answer)):
      return expected == [answer]
    default:
      return self == given
    }
  }

  private static func fraction(_ microseconds: Int) -> String {
    var digits = String(microseconds)
    digits = String(repeating: "0", count: 3 - digits.count) + digits
    while digits.hasSuffix("0") { digits.removeLast() }
    return digits
  }
}

/// The forms answers take, as named to learners and in JSON.
public enum AnswerFormat: String, Hashable, Sendable, CaseIterable {
  /// A value, like `mushroom`.
  case value
  /// A node or region name, like `asia`.
  case node
  /// Yes or no.
  case yesNo = "yes-no"
  /// A version vector, like `[2,1]`.
  case vector
  /// A set, like `{pepperoni, mushroom}`.
  case set
  /// A whole number.
  case number
  /// A text.
  case text
  /// A latency in milliseconds, like `150ms`.
  case milliseconds

  /// How to answer, for the learner: `a version vector, like [5,4]`. The example is never an
  /// answer a question can have (``example``; `content check` holds every template to it).
  public var instruction: String {
    switch self {
    case .value: "a value, like feta"
    case .node: "a node or region name, like sa-east"
    case .yesNo: "yes or no"
    case .vector: "a version vector, like [5,4]"
    case .set: "a set, like {feta, rocket} (any order)"
    case .number: "a whole number, like 42"
    case .text: "the text as every replica shows it, spaces included (like cold soup?)"
    case .milliseconds: "a latency, like 480ms or 0.48s (right within 1ms or 3%)"
    }
  }

  /// The example the instruction shows, as an answer.
  public var example: QuizAnswer? {
    switch self {
    case .value: .value("feta")
    case .node: .node("sa-east")
    case .yesNo: nil
    case .vector: .vector([5, 4])
    case .set: .set(["feta", "rocket"])
    case .number: .number(42)
    case .text: .text("cold soup?")
    case .milliseconds: .latency(microseconds: 480_000)
    }
  }
}

extension QuizAnswer {
  /// The values this answer names: a value, or a set's members.
  public var named: [String] {
    switch self {
    case .value(let text): [text]
    case .set(let members): members.sorted()
    default: []
    }
  }
}
