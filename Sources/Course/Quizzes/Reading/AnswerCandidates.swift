/// What a question's answer can name: the values its set-up wrote, the elements a set can hold,
/// and the nodes of its cluster.
///
/// The answer reader matches a typed answer against these, so "the olive pizza" reads as the
/// written value `olive`, "olive or ham" is asked about, and "mushrom" is a near miss of
/// `mushroom` rather than a wrong answer.
public struct AnswerCandidates: Hashable, Sendable {
  /// Values and set elements the set-up wrote, lowercased, in the order first written.
  public let values: [String]
  /// Node and region names of the cluster, lowercased.
  public let nodes: [String]
  /// The leaders' names in the order a version vector lists them.
  public let leaders: [String]

  /// No candidates: answers are read by their format alone.
  public static let none = AnswerCandidates(values: [], nodes: [], leaders: [])

  /// Candidates from the given names; each list is lowercased and keeps its first occurrences.
  public init(values: [String], nodes: [String] = [], leaders: [String] = []) {
    self.values = Self.unique(values)
    self.nodes = Self.unique(nodes)
    self.leaders = Self.unique(leaders)
  }

  /// These candidates with `more` values added (the model's own answer, say).
  public func adding(values more: [String]) -> AnswerCandidates {
    AnswerCandidates(values: values + more, nodes: nodes, leaders: leaders)
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    var result: [String] = []
    for name in names {
      let lowered = AnswerReader.normalised(name)
      if !lowered.isEmpty, seen.insert(lowered).inserted { result.append(lowered) }
    }
    return result
  }
}

extension AnswerCandidates {
  /// The candidates among `names` that `words` name, in the order they are named; a plural
  /// (`olives`) names its singular.
  static func named(in words: [String], among names: [String]) -> [String] {
    var found: [(position: Int, name: String)] = []
    for name in names {
      let parts = name.split(separator: " ").map(String.init)
      guard !parts.isEmpty, parts.count <= words.count else { continue }
      for start in 0...(words.count - parts.count) {
        let window = Array(words[start..<(start + parts.count)])
        if window == parts || (parts.count == 1 && isPlural(window[0], of: parts[0])) {
          found.append((start, name))
          break
        }
      }
    }
    return found.sorted { $0.position < $1.position }.map(\.name)
  }

  /// The one candidate `word` is a near miss of (a letter dropped, added, changed or two
  /// swapped; two such slips in a long name), or `nil` when it is close to none or to several.
  static func nearMiss(of word: String, among names: [String]) -> String? {
    guard word.count >= 2, !names.contains(word) else { return nil }
    let close = names.filter { name in
      let allowed = name.count <= 2 ? 0 : name.count <= 5 ? 1 : 2
      return allowed > 0 && EditDistance.within(allowed, word, name)
    }
    return close.count == 1 ? close[0] : nil
  }

  private static func isPlural(_ word: String, of name: String) -> Bool {
    word == name + "s" || word == name + "es"
  }
}
