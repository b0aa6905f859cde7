/// Reads the answers to `plan`'s two questions as a person types them: "5", "five days", "a
/// week", "tomorrow"; "30", "30 min", "half an hour", "1h30", "an hour and a half".
public enum PlanAnswers {
  /// The days until the interview in `text`, or `nil` when it names none.
  public static func days(_ text: String) -> Int? {
    let words = self.words(text)
    if words == ["tomorrow"] { return 1 }
    let numbers = NumberWords.numbers(in: words)
    let weeks = words.contains { $0.hasPrefix("week") }
    guard numbers.count <= 1 else { return nil }
    let count =
      numbers.first?.value ?? (words.contains { ["a", "one"].contains($0) } && weeks ? 1 : nil) ?? .nan
    guard count.isFinite, count == count.rounded(), count >= 0, count <= 10_000 else { return nil }
    return Int(count) * (weeks ? 7 : 1)
  }

  /// The minutes a day in `text`, or `nil` when it names none. A bare number is minutes, unless it
  /// is small and followed by hours.
  public static func minutes(_ text: String) -> Int? {
    var words = self.words(text)
    if words.contains("half") && words.contains(where: isHour) && !words.contains(where: isMinute)
      && NumberWords.numbers(in: words).isEmpty
    {
      return words.contains("and") ? 90 : 30
    }
    // "an hour" is one hour.
    words = words.map { $0 == "an" ? "one" : $0 }
    let numbers = NumberWords.numbers(in: words)
    guard !numbers.isEmpty, numbers.count <= 2 else { return nil }
    var total = 0.0
    for (position, number) in numbers.enumerated() {
      let unit = words.dropFirst(number.index + 1).first { isHour($0) || isMinute($0) }
      let hours = unit.map(isHour) ?? (position == 1 ? false : numbers.count == 2)
      total += hours ? number.value * 60 : number.value
    }
    if words.contains("half") && words.contains("and") { total += 30 }
    guard total.isFinite, total >= 0, total <= 100_000 else { return nil }
    return Int(total.rounded())
  }

  private static func isHour(_ word: String) -> Bool { ["h", "hr", "hrs", "hour", "hours"].contains(word) }

  private static func isMinute(_ word: String) -> Bool {
    ["m", "min", "mins", "minute", "minutes"].contains(word)
  }

  /// Lower-cased words, digits split from letters ("30min" is "30 min", "1h30" is "1 h 30").
  private static func words(_ text: String) -> [String] {
    var spaced = ""
    var previous: Character?
    for character in text.lowercased() {
      if let previous, previous.isNumber != character.isNumber, previous.isLetter || character.isLetter {
        spaced.append(" ")
      }
      spaced.append(
        character.isLetter || character.isNumber || character == "." || character == "-" ? character : " ")
      previous = character
    }
    return spaced.split(separator: " ").map(String.init)
  }
}
