/// A key point's phrasing, read for matching: the words an answer must contain, in any order,
/// close together in one sentence (see ``matches(_:)``).
///
/// A phrasing is written in a key point line, after `|`, separated from the next by a comma:
///
/// - Words separated by spaces may appear in any order: `clock skew` matches "the skew between
///   the clocks". Common words (``CommonWords``) are dropped: `order of writes` needs `order` and
///   `write`.
/// - `|` lists synonyms for one word: `lose|drop|discard write` matches "drops a write".
/// - `-` joins words that must appear in that order, next to each other, common words included:
///   `read-modify-write`, `or-set`, `low-latency|fast`.
/// - Every word is compared by its ``Stemmer`` stem, and a word or run of words that is in a
///   shared group (``Synonyms``) matches any member of the group.
/// - A negation (`not`, `no`, `never`, `without`, …) requires the word after it to be negated in
///   the answer: `no clock` matches "it needs no clocks" but not "clocks matter". A phrasing
///   without a negation matches only words the answer does not negate, so `lose write` does not
///   match "it never loses writes".
public struct Phrasing: Hashable, Sendable {
  /// One word, or run of words, the phrasing needs.
  public struct Slot: Hashable, Sendable {
    /// The runs of stems that fill it; a run of several stems must appear in that order, adjacent.
    public var alternatives: [[String]]
    /// Whether the answer must negate it.
    public var negated: Bool
  }

  /// The phrasing as written.
  public let text: String
  /// What an answer must contain.
  public let slots: [Slot]
  /// Whether the phrasing has a negation; if not, no slot may match a negated word.
  public let hasNegation: Bool
  /// What is wrong with the phrasing as written, for `content check`; empty when nothing is.
  public let problems: [String]

  /// Reads `text`.
  public init(_ text: String) {
    self.text = text
    var problems: [String] = []
    if AnswerText(text).tokens.isEmpty {
      problems.append("the phrasing `\(text)` has no letters or digits, so it can never match")
    }
    let items = Self.items(text, problems: &problems)
    hasNegation = items.contains {
      switch $0 {
      case .negation: true
      case .word: false
      case .run(_, let negates): negates
      }
    }
    var slots: [Slot] = []
    var negated = false
    var index = 0
    while index < items.count {
      var alternatives: [[String]] = []
      switch items[index] {
      case .negation:
        negated = true
        index += 1
        continue
      case .word(let stem, let common):
        let run = Self.longestMember(items, from: index)
        index += max(run.length, 1)
        if run.length == 0 && common { continue }
        alternatives = run.length == 0 ? [[stem]] : run.members
      case .run(let runs, _):
        index += 1
        for run in runs {
          for member in Synonyms.members[run] ?? [run] where !alternatives.contains(member) {
            alternatives.append(member)
          }
        }
      }
      let slot = Slot(alternatives: alternatives, negated: negated)
      if !slots.contains(slot) { slots.append(slot) }
      negated = false
    }
    if negated {
      problems.append("the phrasing `\(text)` ends with a negation; a negation applies to the word after it")
    }
    if slots.isEmpty && problems.isEmpty {
      problems.append(
        "the phrasing `\(text)` has only common words, so it would match almost any answer; "
          + "add a word that says something, or join words with `-` to ask for them in that order")
    }
    self.slots = slots
    self.problems = problems
  }

  /// A phrasing's words before synonyms and negation are applied.
  private enum Item {
    /// A negation, which applies to the next slot.
    case negation
    /// One word, written alone.
    case word(stem: String, common: Bool)
    /// Synonyms written with `|`, or words joined with `-`: runs of stems, and whether one has a
    /// negation inside (`does-not-exist`).
    case run([[String]], negates: Bool)
  }

  /// The items of `text`, with the problems of words that can never match.
  private static func items(_ text: String, problems: inout [String]) -> [Item] {
    var items: [Item] = []
    for written in text.split(whereSeparator: \.isWhitespace) {
      let runs = written.split(separator: "|", omittingEmptySubsequences: false).map {
        AnswerText(String($0)).tokens
      }
      if runs.count > 1 && runs.contains(where: \.isEmpty) {
        problems.append(
          "the phrasing `\(text)` has an empty synonym in `\(written)`; write synonyms as `a|b`, without spaces"
        )
      }
      let written = runs.filter { !$0.isEmpty }
      if written.isEmpty { continue }
      if written.allSatisfy({ run in run.allSatisfy(\.isCommon) && run.contains(where: \.isNegation) }) {
        items.append(.negation)
      } else if written.count == 1, written[0].count == 1 {
        items.append(.word(stem: written[0][0].stem, common: written[0][0].isCommon))
      } else {
        if written.count > 1, let common = written.first(where: { $0.count == 1 && $0[0].isCommon }) {
          problems.append(
            "the phrasing `\(text)` lists the common word `\(common[0].word)` as a synonym, so it would match almost any answer"
          )
        }
        let negates = written.contains { $0.contains(where: \.isNegation) }
        items.append(.run(written.map { $0.map(\.stem) }, negates: negates))
      }
    }
    return items
  }

  /// The longest run of single words from `start` that is a member of a ``Synonyms`` group, with
  /// the group's members; a length of 0 when the word there is in no group.
  private static func longestMember(_ items: [Item], from start: Int) -> (length: Int, members: [[String]]) {
    var stems: [String] = []
    for item in items[start...].prefix(Synonyms.longest) {
      guard case .word(let stem, _) = item else { break }
      stems.append(stem)
    }
    for length in stride(from: stems.count, through: 1, by: -1) {
      if let members = Synonyms.members[Array(stems.prefix(length))] { return (length, members) }
    }
    return (0, [])
  }
}
