import Course

/// The phrasings of the bank, per answer format: how people type a right answer, a wrong one, a
/// hedge, a slip and a non-answer, each with the verdict a person would give.
///
/// `answer` is the model's answer; `others` are values the question names that are not the
/// answer (the other write, say). Each phrasing is what a learner might type, not what the
/// reader happens to accept.
enum AnswerBankPhrasings {
  /// Typed answers to a question whose model answer is `answer`.
  static func entries(answer: QuizAnswer, others: [String]) -> [(String, HumanVerdict)] {
    var entries = common
    switch answer {
    case .value(let value): entries += values(value, others: others)
    case .set(let members): entries += sets(members.sorted(), others: others)
    case .number(let number): entries += numbers(number)
    case .latency(let microseconds): entries += latencies(Double(microseconds) / 1_000)
    case .yesNo(let yes): entries += yesNo(yes)
    case .vector(let counters): entries += vectors(counters)
    case .text(let text): entries += texts(text)
    case .node(let node): entries += [(node, .right)]
    }
    return entries
  }

  /// Non-answers of any format.
  private static let common: [(String, HumanVerdict)] = [
    ("", .unreadable), ("   ", .unreadable), ("I don't know", .unreadable), ("no idea", .unreadable),
    ("\u{1B}[31m\u{07}", .unreadable), ("???", .unreadable),
  ]

  private static func values(_ a: String, others: [String]) -> [(String, HumanVerdict)] {
    var entries: [(String, HumanVerdict)] = [
      (a, .right), ("the \(a)", .right), (a.capitalized + "!", .right), ("\(a) pizza", .right),
      ("\"\(a)\"", .right), ("I think \(a)", .right), ("probably \(a).", .right),
      ("\(a), because its timestamp is later", .right), ("answer: \(a)", .right), ("It's \(a)", .right),
      ("topping=\(a)", .right), ("the \(a) one", .right), ("\(a.uppercased())", .right),
    ]
    entries += [("\(a) or feta", .asks), ("either rocket or \(a)", .asks)]
    if let slip = Slip.dropped(a) { entries.append((slip, .asks)) }
    if let slip = Slip.swapped(a) { entries.append((slip, .asks)) }
    for other in others.prefix(2) {
      entries += [
        (other, .wrong), ("the \(other)", .wrong), ("I think \(other), since it was written last", .wrong),
        ("\(a) or \(other)", .asks), ("\(other) or \(a)?", .asks), ("\(a), not \(other)", .right),
        ("\(a) wins over \(other)", .right), ("\(other) pizza", .wrong),
      ]
    }
    return entries
  }

  private static func sets(_ members: [String], others: [String]) -> [(String, HumanVerdict)] {
    guard let first = members.first else {
      return [("none", .right), ("nothing", .right), ("{}", .right), ("the empty set", .right)]
    }
    let last = members[members.count - 1]
    var entries: [(String, HumanVerdict)] = [
      (members.joined(separator: ", "), .right), ("{" + members.joined(separator: ", ") + "}", .right),
      (members.reversed().joined(separator: ","), .right),
      (members.joined(separator: " & "), .right), (members.joined(separator: " + "), .right),
      (members.joined(separator: " / "), .right), (members.joined(separator: " | "), .right),
      (members.joined(separator: "\n"), .right),
      (members.map { "\($0) pizza" }.joined(separator: " and "), .right),
      ((members + [first]).joined(separator: ", "), .right),
      ("I think " + members.joined(separator: " and ") + ", because both were kept", .right),
      (members.map { $0.capitalized }.joined(separator: ", ") + ".", .right),
    ]
    if members.count == 1 {
      entries += [("just \(first)", .right), ("only \(first)", .right), ("\(first) only", .right)]
    }
    if members.count == 2 {
      entries += [
        ("both \(first) and \(last)", .right), ("\(first) and \(last)", .right),
        ("\(first) or \(last)", .asks),
        (first, .wrong), ("just \(last)", .wrong),
      ]
    }
    if let slip = Slip.dropped(last) ?? Slip.swapped(last) {
      entries.append(((members.dropLast() + [slip]).joined(separator: ", "), .asks))
    }
    for other in others.prefix(1) {
      entries += [((members + [other]).joined(separator: ", "), .wrong), (other, .wrong)]
    }
    return entries
  }

  private static let words = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
  ]

  private static func numbers(_ n: Int) -> [(String, HumanVerdict)] {
    var entries: [(String, HumanVerdict)] = [
      ("\(n)", .right), ("about \(n)", .right), ("~\(n)", .right), ("\(n) likes", .right),
      ("I think \(n), because the counts add up", .right), ("likes = \(n)", .right), ("\(n).", .right),
      ("\(n + 1)", .wrong), ("\(n - 2) likes", .wrong), ("\(n) or \(n + 1)", .asks), ("lots", .unreadable),
    ]
    if (0...20).contains(n) {
      entries += [
        (words[n], .right), (words[n].capitalized + " likes", .right), ("roughly \(words[n])", .right),
      ]
    }
    if n < 0 { entries.append(("minus \(-n)", .right)) }
    return entries
  }

  private static func latencies(_ ms: Double) -> [(String, HumanVerdict)] {
    let shown = ms.rounded()
    let whole = Int(shown)
    let seconds = String(shown / 1_000)
    return [
      ("\(whole)ms", .right), ("\(whole) ms", .right), ("\(whole) milliseconds", .right),
      ("about \(whole) ms", .right), ("~\(whole)ms", .right), ("\(seconds) s", .right),
      ("\(seconds) seconds", .right), ("\(whole) ms of waiting", .right), ("\(whole)", .right),
      ("roughly \(whole)ms, one round trip", .right), ("I think \(whole) ms", .right),
      ("\(whole * 3 + 40)ms", .wrong), ("\(seconds) minutes", .unreadable),
      ("\(whole)ms or \(whole * 3 + 40)ms", .asks), ("fast", .unreadable), ("instant", .unreadable),
    ]
  }

  private static func yesNo(_ yes: Bool) -> [(String, HumanVerdict)] {
    let yesForms = [
      "yes", "y", "Yes!", "yeah", "yep", "sure", "correct", "true", "yes, because neither saw the other",
      "I think yes", "Yes it does",
    ]
    let noForms = [
      "no", "n", "No.", "nope", "nah", "false", "no, they are concurrent", "probably not", "I think no",
      "no, because a majority is missing",
    ]
    return yesForms.map { ($0, yes ? .right : .wrong) } + noForms.map { ($0, yes ? .wrong : .right) } + [
      ("yes or no", .asks), ("maybe", .unreadable), ("it depends", .unreadable),
    ]
  }

  private static func vectors(_ counters: [Int]) -> [(String, HumanVerdict)] {
    let plain = counters.map(String.init)
    var entries: [(String, HumanVerdict)] = [
      ("[" + plain.joined(separator: ",") + "]", .right), ("[" + plain.joined(separator: ", ") + "]", .right),
      (plain.joined(separator: ","), .right), ("(" + plain.joined(separator: " ") + ")", .right),
      ("I think [" + plain.joined(separator: ",") + "]", .right),
      ("{" + plain.joined(separator: ", ") + "}", .right),
      ("[" + counters.map { String($0 + 1) }.joined(separator: ",") + "]", .wrong),
      ("vector", .unreadable),
    ]
    if counters.count == 2 {
      entries += [
        ("us \(counters[0]), asia \(counters[1])", .right),
        ("asia: \(counters[1]), us: \(counters[0])", .right),
      ]
      if counters[0] != counters[1] { entries.append(("[\(counters[1]),\(counters[0])]", .wrong)) }
    }
    return entries
  }

  private static func texts(_ text: String) -> [(String, HumanVerdict)] {
    [
      (text, .right), ("\"\(text)\"", .right), ("`\(text)`", .right), (text.uppercased(), .right),
      ("  \(text)  ", .right), (text.replacing(" ", with: ""), .wrong),
      (text.replacing(" ", with: "  "), .right),
      (String(text.dropLast()), .wrong),
    ]
  }
}
