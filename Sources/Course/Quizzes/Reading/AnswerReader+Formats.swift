extension AnswerReader {
  private static let yesWords: Set<String> = [
    "yes", "y", "yeah", "yep", "yup", "yea", "ya", "sure", "correct", "true", "right", "indeed",
    "affirmative", "absolutely", "certainly", "definitely",
  ]
  private static let noWords: Set<String> = [
    "no", "n", "nope", "nah", "false", "incorrect", "wrong", "never", "negative", "not",
  ]
  /// Words that answer a yes/no question by naming the outcome: a commit, or concurrency.
  private static let yesMeaning: Set<String> = [
    "concurrent", "concurrently", "simultaneous", "independent", "commit", "commits", "committed",
    "succeeds", "succeed", "accepted", "accepts", "works", "goes",
  ]
  private static let noMeaning: Set<String> = [
    "ordered", "causal", "causally", "sequential", "happens-before", "happened-before", "after",
    "before", "rejected", "fails", "fail", "failed", "aborted", "aborts", "blocked", "refused", "blocks",
  ]
  private static let negations: Set<String> = [
    "not", "doesn't", "doesnt", "won't", "wont", "isn't", "isnt", "aren't", "arent", "didn't", "didnt",
    "can't", "cant", "cannot", "never", "don't", "dont",
  ]

  /// A yes/no answer: a yes or no word, alone or with a reason, or the outcome named ("it
  /// commits", "they are not concurrent").
  static func yesNo(_ text: String) -> Reading? {
    let phrase = AnswerPhrasing.trimmed(text)
    let yesPhrases: Set<String> = [
      "i think so", "i believe so", "i guess so", "think so", "i'd say so", "of course",
    ]
    let noPhrases: Set<String> = [
      "i don't think so", "i dont think so", "don't think so", "dont think so", "i doubt it", "of course not",
    ]
    if yesPhrases.contains(phrase) { return .answer(.yesNo(true)) }
    if noPhrases.contains(phrase) { return .answer(.yesNo(false)) }
    let unfilled = AnswerPhrasing.withoutFiller(text)
    let opening = AnswerPhrasing.words(unfilled)
    let first = opening.first ?? ""
    // "absolutely not", "definitely not": the not answers.
    if yesWords.contains(first), opening.count > 1, opening[1] == "not" { return .answer(.yesNo(false)) }
    let core = AnswerPhrasing.withoutReason(
      unfilled, keepCommas: false, markers: AnswerPhrasing.reasonOnlyMarkers)
    let words = AnswerPhrasing.words(AnswerPhrasing.withoutFiller(core))
    if words.contains(where: yesWords.contains),
      words.contains(where: { noWords.contains($0) && $0 != "not" })
    {
      return whichOne(["yes", "no"])
    }
    if yesWords.contains(first) { return .answer(.yesNo(true)) }
    if noWords.contains(first) && first != "not" { return .answer(.yesNo(false)) }
    var negated = false
    for word in words {
      if negations.contains(word) {
        negated.toggle()
        continue
      }
      if yesWords.contains(word) || yesMeaning.contains(word) { return .answer(.yesNo(!negated)) }
      if noMeaning.contains(word) { return .answer(.yesNo(negated)) }
    }
    // "probably not", "not really": a negation alone is a no.
    return negated ? .answer(.yesNo(false)) : nil
  }

  /// A whole number: digits or words, with "about" or "~" before it and a noun after it.
  static func number(_ text: String) -> Reading? {
    let core = AnswerPhrasing.core(afterEquals(text), keepCommas: false)
    let words = AnswerPhrasing.words(withoutApproximation(core))
    let numbers = NumberWords.numbers(in: words)
    let distinct = numbers.map(\.value).reduce(into: [Double]()) { if !$0.contains($1) { $0.append($1) } }
    if distinct.count > 1 { return whichOne(distinct.map(shown)) }
    if let value = distinct.first {
      guard value == value.rounded(), abs(value) < 1e12 else { return nil }
      return .answer(.number(Int(value)))
    }
    if ["nothing", "no", "nobody", "no writes", "no keys"].contains(core) { return .answer(.number(0)) }
    return nil
  }

  /// A latency: a number with ms, milliseconds, s or seconds (ms when no unit), "about" before it.
  static func milliseconds(_ text: String) -> Reading? {
    var core = AnswerPhrasing.core(afterEquals(text), keepCommas: false)
    core = withoutApproximation(core)
    // Units written against the number (`150ms`, `0.15s`) become words of their own.
    var spaced = ""
    var previous: Character = " "
    for character in core {
      if character.isLetter && (previous.isNumber || previous == ".") && spaced.last?.isNumber == true {
        spaced.append(" ")
      }
      spaced.append(character)
      previous = character
    }
    let words = AnswerPhrasing.words(spaced)
    let numbers = NumberWords.numbers(in: words)
    let units: [String: Double] = [
      "ms": 1, "msec": 1, "msecs": 1, "millisecond": 1, "milliseconds": 1, "millis": 1, "s": 1_000,
      "sec": 1_000, "secs": 1_000, "second": 1_000, "seconds": 1_000,
    ]
    let otherUnits: Set<String> = [
      "minute", "minutes", "min", "mins", "hour", "hours", "h", "µs", "us", "microsecond", "microseconds",
      "ns", "nanoseconds", "days", "day",
    ]
    if numbers.contains(where: { $0.index + 1 < words.count && otherUnits.contains(words[$0.index + 1]) }) {
      return nil
    }
    let latencies: [Double] = numbers.map { found in
      let next = found.index + 1 < words.count ? words[found.index + 1] : ""
      let unitIndex = next == "a" || next == "of" ? found.index + 2 : found.index + 1
      let unit = unitIndex < words.count ? units[words[unitIndex]] ?? units[next] ?? 1 : 1
      return found.value * unit
    }
    let distinct = latencies.reduce(into: [Double]()) { if !$0.contains($1) { $0.append($1) } }
    if distinct.count > 1 { return whichOne(distinct.map { shown($0) + "ms" }) }
    // The bound is on the milliseconds, the unit the answer is shown in, so whatever reads here
    // reads back from its display form (222222215s is 222222215000ms, which would not).
    guard let milliseconds = distinct.first, milliseconds >= 0, milliseconds < 1e9 else { return nil }
    return .answer(.latency(microseconds: Int((milliseconds * 1_000).rounded())))
  }

  /// A version vector: `[2,1]`, `2 1`, or counters named by leader (`asia 1, us 2`).
  static func vector(_ text: String, leaders: [String]) -> Reading? {
    let markers = AnswerPhrasing.reasonOnlyMarkers.filter { $0 != " (" && $0 != " - " }
    let core = AnswerPhrasing.core(text, keepCommas: true, markers: markers)
    let spaced = core.map { "[](){}<>,:=;".contains($0) ? " " : String($0) }.joined()
    let words = AnswerPhrasing.words(spaced)
    var named: [String: Int] = [:]
    var counters: [Int] = []
    var pendingLeader: String?
    for word in words {
      if leaders.contains(word) {
        pendingLeader = word
        continue
      }
      guard let counter = Int(word), counter >= 0 else {
        if AnswerPhrasing.contextWords.contains(word) || ["vector", "version", "clock"].contains(word) {
          continue
        }
        return nil
      }
      if let leader = pendingLeader { named[leader] = counter } else { counters.append(counter) }
      pendingLeader = nil
    }
    if !named.isEmpty {
      guard counters.isEmpty, named.count == leaders.count else { return nil }
      return .answer(.vector(leaders.map { named[$0] ?? 0 }))
    }
    guard !counters.isEmpty, counters.count <= 16 else { return nil }
    return .answer(.vector(counters))
  }

  /// A set: members separated by `,` `and` `&` `+` `/` `|` or line breaks, braces optional;
  /// "both A and B", "just A"; order and repeats ignored.
  static func set(_ text: String, candidates: [String]) -> Reading? {
    var core = AnswerPhrasing.core(text, keepCommas: true, markers: AnswerPhrasing.reasonOnlyMarkers)
    var braced = false
    if let first = core.first, let last = core.last, "{[(".contains(first), "}])".contains(last) {
      core = AnswerPhrasing.trimmed(String(core.dropFirst().dropLast()))
      braced = true
    }
    let emptyWords = ["none", "nothing", "empty", "the empty set", "empty set", "no values", "ø", "∅"]
    if core.isEmpty || (!braced && emptyWords.contains(core) && !candidates.contains(core)) {
      return .answer(.set([]))
    }
    // An `or` anywhere, once separators are read, offers a choice: `olive or ham`, `a, or b`.
    let offersChoice = AnswerPhrasing.words(core.map { ",&+/|;".contains($0) ? " " : String($0) }.joined())
      .contains("or")
    if offersChoice {
      let named = AnswerCandidates.named(in: AnswerPhrasing.words(core), among: candidates)
      let choices =
        named.count > 1
        ? named
        : core.split(separator: " or ").map { AnswerPhrasing.trimmed(String($0)) }.filter { !$0.isEmpty }
      return .unclear(
        "Both, or one of them? For both, type \(listed(choices, conjunction: "and")); for one, just that one."
      )
    }
    var separated = core
    for separator in [" and ", "&", "+", "/", "|", ";", " plus "] {
      separated = separated.replacing(separator, with: ",")
    }
    let pieces = separated.split(separator: ",").map { String($0) }
    let usesSeparators = pieces.count > 1
    var members: [String] = []
    for piece in pieces {
      let words = AnswerPhrasing.words(piece).filter { !["and", "both", "just", "only"].contains($0) }
      let named = AnswerCandidates.named(in: words, among: candidates)
      let content = words.filter { !AnswerPhrasing.contextWords.contains($0) }
      if !named.isEmpty && (usesSeparators || content.count == named.count || named.count > 1) {
        members += named
        continue
      }
      for word in usesSeparators ? [content.joined(separator: " ")] : content where !word.isEmpty {
        if let miss = AnswerCandidates.nearMiss(of: word, among: candidates) {
          return didYouMean(miss, typed: word)
        }
        members.append(word)
      }
      if content.isEmpty, !named.isEmpty { members += named }
    }
    guard !members.isEmpty else { return nil }
    return .answer(.set(Set(members)))
  }

  /// The text after the last `=`: `likes = 3` is 3.
  private static func afterEquals(_ text: String) -> String {
    guard let equals = text.lastIndex(of: "="), text.index(after: equals) < text.endIndex else { return text }
    return String(text[text.index(after: equals)...])
  }

  /// `text` without words saying the number is approximate: about, around, roughly, ~, ≈.
  private static func withoutApproximation(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    let approximate: Set<String> = [
      "about", "around", "roughly", "approximately", "approx", "approx.", "circa", "ca.", "~", "≈",
      "nearly", "almost", "exactly", "just", "like", "some",
    ]
    words.removeAll { approximate.contains($0) }
    return words.map { word in
      var word = word
      while let first = word.first, first == "~" || first == "≈" { word.removeFirst() }
      return word
    }.joined(separator: " ")
  }

  /// `2` for 2.0, `0.15` for 0.15.
  private static func shown(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
