/// Edit distances, for suggestions: a content id misspelled, an answer's slip of the keyboard.
enum EditDistance {
  /// The Levenshtein distance between `a` and `b`.
  static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }

  /// Whether `a` becomes `b` in at most `limit` edits: a letter dropped, added, changed, or two
  /// neighbours swapped.
  static func within(_ limit: Int, _ a: String, _ b: String) -> Bool {
    let x = Array(a)
    let y = Array(b)
    guard abs(x.count - y.count) <= limit else { return false }
    guard !x.isEmpty, !y.isEmpty else { return max(x.count, y.count) <= limit }
    var before = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          best = min(best, before[j - 2] + 1)
        }
        current[j] = best
        rowMinimum = min(rowMinimum, best)
      }
      guard rowMinimum <= limit else { return false }
      (before, previous, current) = (previous, current, before)
    }
    return previous[y.count] <= limit
  }
}
