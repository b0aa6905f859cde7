/// Reads a learner's typed answer as a person would: in the question's format, against the
/// question's own candidates (the values its set-up wrote, the nodes of its cluster).
///
/// Case, quotes, articles, leading filler ("I think"), a trailing reason ("olive, because …") and
/// the nouns a question's context adds ("olive pizza", "2 keys") do not change an answer. An
/// answer that names two candidates where one is asked for, or that is a near miss of a
/// candidate, is asked about (``Reading/unclear(_:)``) and not graded. Input that cannot be an
/// answer (empty, longer than 4 KiB, binary, or not in the format) is `unreadable`, with a
/// message giving the expected form and an example.
public enum AnswerReader {
  /// The longest answer read, in bytes.
  public static let maximumLength = 4_096

  /// What reading an answer gave.
  public enum Reading: Hashable, Sendable {
    /// An answer, normalised.
    case answer(QuizAnswer)
    /// Not graded: the answer could mean more than one thing, and the message asks which.
    case unclear(String)
    /// Not an answer; the message says why and what to type.
    case unreadable(String)
  }

  /// Reads `text` as an answer in `format`, naming `candidates` where the format has them.
  ///
  /// An answer reads back as itself from its display form (the form "You said …" shows): odd
  /// input whose cleaned words clean further (a quote left under a possessive, filler after `=`)
  /// is read again until it stands still.
  public static func read(
    _ text: String, as format: AnswerFormat, candidates: AnswerCandidates = .none
  ) -> Reading {
    var reading = readOnce(text, as: format, candidates: candidates)
    for _ in 0..<4 {
      guard case .answer(let answer) = reading,
        case .answer(let again) = readOnce(answer.description, as: format, candidates: candidates),
        again != answer
      else { break }
      reading = .answer(again)
    }
    return reading
  }

  private static func readOnce(_ text: String, as format: AnswerFormat, candidates: AnswerCandidates)
    -> Reading
  {
    guard text.utf8.count <= maximumLength else {
      return .unreadable(
        "That answer is \(text.utf8.count) bytes long; answers are at most 4 KiB. Try again.")
    }
    let binary = text.unicodeScalars.contains {
      $0 == "\u{FFFD}" || ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r")
        || ($0.value >= 0x7F && $0.value < 0xA0)
    }
    guard !binary else {
      return .unreadable("That answer has bytes that are not printable text. Type \(format.instruction).")
    }
    let lineBreak = format == .set ? ", " : " "
    let oneLine = text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
      .joined(separator: lineBreak)
    let cleaned = normalised(oneLine)
    guard !cleaned.isEmpty, !AnswerPhrasing.trimmed(cleaned).isEmpty else { return emptyAnswer(format) }
    if AnswerPhrasing.saysUnknown(AnswerPhrasing.withoutFiller(cleaned)) {
      return .unreadable(
        "Nothing to grade yet: type your best guess as \(format.instruction), or skip to see the model's answer."
      )
    }
    let reading: Reading?
    switch format {
    case .value: reading = value(cleaned, candidates: candidates.values)
    case .node: reading = node(cleaned, candidates: candidates.nodes)
    case .yesNo: reading = yesNo(cleaned)
    case .vector: reading = vector(cleaned, leaders: candidates.leaders)
    case .set: reading = set(cleaned, candidates: candidates.values)
    case .number: reading = number(cleaned)
    case .text: reading = textAnswer(cleaned)
    case .milliseconds: reading = milliseconds(cleaned)
    }
    guard let reading else {
      return .unreadable("That does not read as \(format.instruction). Try again, or type hint or skip.")
    }
    if case .answer(.value(let value)) = reading, value.isEmpty { return emptyAnswer(format) }
    if case .answer(.text(let text)) = reading, text.isEmpty { return emptyAnswer(format) }
    return reading
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

  /// "Which one: olive or ham?"
  static func whichOne(_ names: [String]) -> Reading {
    .unclear("Which one: \(listed(names, conjunction: "or"))? Type just that one.")
  }

  /// "Did you mean mushroom?"
  static func didYouMean(_ name: String, typed: String) -> Reading {
    .unclear("Did you mean \(name)? You typed \(typed); type \(name) if so, or your answer again.")
  }

  /// `a, b or c`.
  static func listed(_ names: [String], conjunction: String) -> String {
    guard names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " \(conjunction) " + names[names.count - 1]
  }

  /// A value answer: the one candidate it names, or the one word left once context words go.
  private static func value(_ text: String, candidates: [String]) -> Reading? {
    // `topping=mushroom` is mushroom; the part after `=` is read like a whole answer, until
    // nothing more comes off (what reads must read back the same).
    var core = AnswerPhrasing.core(text, keepCommas: false)
    while let equals = core.lastIndex(of: "="), core.index(after: equals) < core.endIndex {
      core = AnswerPhrasing.core(String(core[core.index(after: equals)...]), keepCommas: false)
    }
    guard !core.hasPrefix("not ") else { return nil }
    if let hedge = alternatives(core, candidates: candidates) { return whichOne(hedge) }
    let words = AnswerPhrasing.words(core)
    if candidates.contains(core) { return .answer(.value(core)) }
    let named = AnswerCandidates.named(in: words, among: candidates)
    if named.count > 1 { return whichOne(named) }
    if let only = named.first { return .answer(.value(only)) }
    if let deleted = deletion(words, candidates: candidates) { return .answer(.value(deleted)) }
    let content = words.filter { !AnswerPhrasing.contextWords.contains($0) }
    let misses = content.compactMap { word in
      AnswerCandidates.nearMiss(of: word, among: candidates).map { (word, $0) }
    }
    if misses.count == 1 { return didYouMean(misses[0].1, typed: misses[0].0) }
    if content.count == 1 { return .answer(.value(content[0])) }
    return .answer(.value(AnswerPhrasing.trimmed(core)))
  }

  /// The alternatives of a hedge ("olive or ham", "either us or asia"), each as the candidate it
  /// names where it names one; `nil` when the answer offers no choice.
  static func alternatives(_ core: String, candidates: [String]) -> [String]? {
    guard core.contains(" or ") else { return nil }
    let choices = core.split(separator: " or ").map { part -> String in
      let words = AnswerPhrasing.words(String(part)).filter { $0 != "either" }
      let named = AnswerCandidates.named(in: words, among: candidates)
      if named.count == 1 { return named[0] }
      return words.filter { !AnswerPhrasing.contextWords.contains($0) }.joined(separator: " ")
    }.filter { !$0.isEmpty }
    let distinct = choices.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    return distinct.count > 1 ? distinct : nil
  }

  /// "gone", "removed" or "a tombstone", where a deletion is among the candidates.
  private static func deletion(_ words: [String], candidates: [String]) -> String? {
    guard candidates.contains("deleted") else { return nil }
    let saysDeleted: Set<String> = ["deleted", "delete", "deletion", "tombstone", "gone", "removed"]
    let saysNothing: Set<String> = ["nothing", "none"]
    if words.contains(where: saysDeleted.contains) { return "deleted" }
    if !candidates.contains("none"), !candidates.contains("nothing"),
      words.contains(where: saysNothing.contains)
    {
      return "deleted"
    }
    return nil
  }

  /// A node answer: "the us leader", "asia's region", "in asia".
  private static func node(_ text: String, candidates: [String]) -> Reading? {
    let core = AnswerPhrasing.core(text.replacing("u.s.", with: "us"), keepCommas: false)
    let aliases = [
      "usa": "us", "america": "us", "american": "us", "europe": "eu", "european": "eu", "asian": "asia",
    ]
    if let hedge = alternatives(core, candidates: candidates) { return whichOne(hedge) }
    let words = AnswerPhrasing.words(core).map { word in
      aliases[word].flatMap { candidates.isEmpty || candidates.contains($0) ? $0 : nil } ?? word
    }
    let named = AnswerCandidates.named(in: words, among: candidates)
    if named.count > 1 { return whichOne(named) }
    if let only = named.first { return .answer(.node(only)) }
    let ignored: Set<String> = ["leader", "leaders", "region", "node", "datacenter", "branch", "server"]
    let content = words.filter { !AnswerPhrasing.contextWords.contains($0) && !ignored.contains($0) }
    guard content.count == 1 else { return nil }
    if let miss = AnswerCandidates.nearMiss(of: content[0], among: candidates) {
      return didYouMean(miss, typed: content[0])
    }
    return .answer(.node(content[0]))
  }

  /// A text answer: exactly as typed, but for case, runs of spaces and surrounding quotes.
  private static func textAnswer(_ text: String) -> Reading? {
    .answer(.text(unquoted(text)))
  }

  /// `text` normalised, without every layer of matching quotes around it, each layer normalised
  /// like the whole (`"mushroom."` is mushroom).
  private static func unquoted(_ text: String) -> String {
    var result = normalised(text)
    while result.count >= 2, let quote = result.first, "\"'`".contains(quote), result.last == quote {
      result = normalised(String(result.dropFirst().dropLast()))
    }
    return result
  }
}

extension AnswerReader {
  /// The model's own text in `format`, normalised as a learner's answer is but read literally:
  /// a value is the whole text (`margherita-special`, `a,b`), never trimmed of words.
  public static func modelAnswer(_ text: String, as format: AnswerFormat) -> QuizAnswer? {
    switch format {
    case .value, .node:
      let value = unquoted(text)
      guard !value.isEmpty else { return nil }
      return format == .value ? .value(value) : .node(value)
    default:
      guard case .answer(let answer) = read(text, as: format) else { return nil }
      return answer
    }
  }
}
