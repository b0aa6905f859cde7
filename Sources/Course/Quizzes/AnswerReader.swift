/// Reads a learner's typed answer in the format the question expects, normalising it first:
/// case, spacing, quotes, brackets and the order of a set's members do not matter.
///
/// Input that cannot be an answer (empty, longer than 4 KiB, binary, or not in the format at
/// all) is `unreadable`, with a message saying what was expected; the learner tries again.
public enum AnswerReader {
  /// The longest answer read, in bytes.
  public static let maximumLength = 4_096

  /// What reading an answer gave.
  public enum Reading: Hashable, Sendable {
    /// An answer, normalised.
    case answer(QuizAnswer)
    /// Not an answer; the message says why and what to type.
    case unreadable(String)
  }

  /// Reads `text` as an answer in `format`.
  public static func read(_ text: String, as format: AnswerFormat) -> Reading {
    guard text.utf8.count <= maximumLength else {
      return .unreadable(
        "That answer is \(text.utf8.count) bytes long; answers are at most 4 KiB. Try again.")
    }
    let binary = text.unicodeScalars.contains {
      $0 == "\u{FFFD}" || ($0.value < 0x20 && $0 != "\t") || ($0.value >= 0x7F && $0.value < 0xA0)
    }
    guard !binary else {
      return .unreadable("That answer has bytes that are not printable text. Type \(format.instruction).")
    }
    let cleaned = normalised(text)
    guard !cleaned.isEmpty else { return emptyAnswer(format) }
    let answer: QuizAnswer?
    switch format {
    case .value: answer = .value(unquoted(afterAssignment(cleaned)))
    case .node: answer = node(cleaned)
    case .yesNo: answer = yesNo(cleaned)
    case .vector: answer = vector(cleaned)
    case .set: answer = set(cleaned)
    case .number: answer = Int(cleaned.replacing(" ", with: "")).map { .number($0) }
    case .text: answer = .text(unquoted(cleaned))
    case .milliseconds: answer = milliseconds(cleaned)
    }
    guard let answer else {
      return .unreadable("That does not read as \(format.instruction). Try again, or type hint or skip.")
    }
    if case .value(let value) = answer, value.isEmpty { return emptyAnswer(format) }
    if case .text(let text) = answer, text.isEmpty { return emptyAnswer(format) }
    return .answer(answer)
  }

  /// The reading of an empty answer, or one of only quotes such as `""`: nothing to check.
  private static func emptyAnswer(_ format: AnswerFormat) -> Reading {
    .unreadable("The answer is empty. Type \(format.instruction); hint gives a nudge, skip moves on.")
  }

  /// Lowercased, trimmed, runs of spaces and tabs as one space, final full stops removed (with any
  /// space before them: `mushroom .` is `mushroom`).
  public static func normalised(_ text: String) -> String {
    var words = text.lowercased().split { $0 == " " || $0 == "\t" }.joined(separator: " ")
    while words.hasSuffix(".") || words.hasSuffix(" ") { words.removeLast() }
    return words
  }

  private static func unquoted(_ text: String) -> String {
    // Every layer of quotes, so that the result reads the same when typed again: `''n''` is n.
    // Each layer normalised like the whole answer: `"mushroom."` is mushroom.
    var result = normalised(text)
    while result.count >= 2, let quote = result.first, "\"'`".contains(quote), result.last == quote {
      result = normalised(String(result.dropFirst().dropLast()))
    }
    return result
  }

  /// `topping=mushroom` → `mushroom`.
  private static func afterAssignment(_ text: String) -> String {
    guard let equals = text.lastIndex(of: "="), text.index(after: equals) < text.endIndex else { return text }
    return String(text[text.index(after: equals)...]).trimmingSpaces
  }

  private static func node(_ text: String) -> QuizAnswer? {
    // Each word without the stops and commas after it, as a whole answer has them removed: the
    // node read from "the. leader" must read back from its own display form.
    var words = text.split(separator: " ").map { word in
      var word = String(word)
      while word.hasSuffix(".") || word.hasSuffix(",") { word.removeLast() }
      return word
    }
    words.removeAll { $0.isEmpty || ["the", "leader", "region", "node", "in"].contains($0) }
    guard words.count == 1 else { return nil }
    return .node(words[0])
  }

  private static let yesWords: Set<String> = [
    "yes", "y", "true", "concurrent", "committed", "commits", "accepted", "it commits", "yes it commits",
  ]
  private static let noWords: Set<String> = [
    "no", "n", "false", "ordered", "causally ordered", "causal", "not concurrent", "sequential",
    "rejected", "not committed", "fails", "it fails", "aborted", "happens-before", "happened before",
  ]

  private static func yesNo(_ text: String) -> QuizAnswer? {
    if yesWords.contains(text) { return .yesNo(true) }
    if noWords.contains(text) { return .yesNo(false) }
    let first = text.split { !$0.isLetter }.first.map(String.init) ?? ""
    if first == "yes" { return .yesNo(true) }
    if first == "no" { return .yesNo(false) }
    return nil
  }

  private static func vector(_ text: String) -> QuizAnswer? {
    let inner = text.filter { !"[]()<>{}".contains($0) }
    let parts = inner.split { $0 == "," || $0 == " " }
    guard !parts.isEmpty, parts.count <= 16 else { return nil }
    var counters: [Int] = []
    for part in parts {
      guard let counter = Int(part), counter >= 0 else { return nil }
      counters.append(counter)
    }
    return .vector(counters)
  }

  private static func set(_ text: String) -> QuizAnswer? {
    var inner = text
    var braced = false
    if let first = inner.first, let last = inner.last, "{[(".contains(first), "}])".contains(last) {
      inner = String(inner.dropFirst().dropLast()).trimmingSpaces
      braced = true
    }
    // Words for the empty set count only outside braces: `{none}` is the set of the value none.
    if inner.isEmpty || (!braced && ["none", "nothing", "empty", "the empty set", "ø", "∅"].contains(inner)) {
      return .set([])
    }
    let separated: [Substring] =
      inner.contains(",")
      ? inner.split(separator: ",")
      : inner.replacing(" and ", with: " ").split(separator: " ")
    return .set(Set(separated.map(member).filter { !$0.isEmpty && $0 != "and" }))
  }

  /// One member of a typed set, without quotes and a leading `and` (`and mushroom` is mushroom).
  private static func member(_ text: Substring) -> String {
    var member = unquoted(String(text))
    while member.hasPrefix("and ") { member = unquoted(String(member.dropFirst(4))) }
    return member
  }

  private static func milliseconds(_ text: String) -> QuizAnswer? {
    var squeezed = text.replacing(" ", with: "")
    if squeezed.hasPrefix("~") || squeezed.hasPrefix("≈") { squeezed.removeFirst() }
    var scale = 1_000.0
    for (unit, factor) in [
      ("milliseconds", 1_000.0), ("millisecond", 1_000.0), ("ms", 1_000.0), ("seconds", 1_000_000.0),
      ("second", 1_000_000.0), ("s", 1_000_000.0),
    ] where squeezed.hasSuffix(unit) {
      squeezed.removeLast(unit.count)
      scale = factor
      break
    }
    // The bound is on the milliseconds, the unit the answer is shown in, so whatever reads here
    // reads back from its display form (222222215s is 222222215000ms, which would not).
    guard let number = Double(squeezed), number.isFinite, number >= 0, number * scale / 1_000 < 1e9 else {
      return nil
    }
    return .latency(microseconds: Int((number * scale).rounded()))
  }
}
