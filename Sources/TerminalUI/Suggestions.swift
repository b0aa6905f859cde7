/// "Did you mean …?" suggestions for mistyped names.
public enum Suggestions {
  /// Returns up to `limit` candidates close to `word`, best first.
  ///
  /// Comparison ignores case. A candidate qualifies when its optimal-string-alignment distance
  /// (Damerau–Levenshtein with adjacent transpositions) to `word` is at most `max(1, word.count / 3)`,
  /// or when it starts with `word`. Results are sorted by distance, then by name, without duplicates.
  /// An empty word gives no suggestions.
  public static func closest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
    let word = word.lowercased()
    guard !word.isEmpty, limit > 0 else { return [] }
    let threshold = max(1, word.count / 3)
    var seen: Set<String> = []
    var scored: [(name: String, distance: Int)] = []
    for candidate in candidates where seen.insert(candidate).inserted {
      let folded = candidate.lowercased()
      let distance = Self.distance(word, folded)
      if distance <= threshold || folded.hasPrefix(word) {
        scored.append((candidate, distance))
      }
    }
    scored.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
    return scored.prefix(limit).map(\.name)
  }

  /// Returns the optimal-string-alignment distance between two strings, compared by character.
  ///
  /// It counts insertions, deletions, substitutions and transpositions of adjacent characters, with no
  /// substring edited more than once. The comparison is case-sensitive.
  public static func distance(_ source: String, _ target: String) -> Int {
    let source = Array(source)
    let target = Array(target)
    if source.isEmpty { return target.count }
    if target.isEmpty { return source.count }
    let columns = target.count + 1
    // Three rows of the dynamic-programming matrix: two back, one back, current.
    var twoBack = [Int](repeating: 0, count: columns)
    var previous = Array(0..<columns)
    var current = [Int](repeating: 0, count: columns)
    for i in 1...source.count {
      current[0] = i
      for j in 1...target.count {
        let cost = source[i - 1] == target[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
          best = min(best, twoBack[j - 2] + 1)
        }
        current[j] = best
      }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[target.count]
  }
}
