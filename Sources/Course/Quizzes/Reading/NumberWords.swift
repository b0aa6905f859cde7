/// Whole numbers written as words, as people type them: "zero", "three", "twenty-one".
enum NumberWords {
  private static let units: [String: Int] = [
    "zero": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
  ]
  private static let tens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
  ]

  /// The numbers in `words`, in order, each with the index of its first word: digits (with a
  /// sign or a decimal point), and number words up to ninety-nine; "minus" or "negative" before
  /// one makes it negative.
  static func numbers(in words: [String]) -> [(index: Int, value: Double)] {
    var found: [(index: Int, value: Double)] = []
    var index = 0
    var negative = false
    while index < words.count {
      let word = words[index]
      if word == "minus" || word == "negative" {
        negative = true
        index += 1
        continue
      }
      if let (value, used) = wordNumber(words, from: index) {
        found.append((index, negative ? -value : value))
        index += used
      } else if let value = digits(word) {
        found.append((index, negative ? -value : value))
        index += 1
      } else {
        index += 1
      }
      negative = false
    }
    return found
  }

  /// A number written in digits: `3`, `-2`, `+4`, `0.15`, `1,000`.
  static func digits(_ word: String) -> Double? {
    let plain = word.replacing(",", with: "")
    guard let first = plain.first, first.isNumber || "-+.".contains(first),
      plain.allSatisfy({ $0.isASCII && ($0.isNumber || "-+.".contains($0)) })
    else { return nil }
    guard let value = Double(plain), value.isFinite else { return nil }
    return value
  }

  /// A number in words starting at `index`: its value and how many words it took.
  private static func wordNumber(_ words: [String], from index: Int) -> (Double, Int)? {
    let parts = words[index].split(separator: "-").map(String.init)
    if parts.count == 2, let ten = tens[parts[0]], let unit = units[parts[1]], unit > 0, unit < 10 {
      return (Double(ten + unit), 1)
    }
    if let unit = units[words[index]] { return (Double(unit), 1) }
    guard let ten = tens[words[index]] else { return nil }
    if index + 1 < words.count, let unit = units[words[index + 1]], unit > 0, unit < 10 {
      return (Double(ten + unit), 2)
    }
    return (Double(ten), 1)
  }
}
