/// The real systems a question can make claims about, and the rule that every one it names has a
/// source line.
///
/// A question (or its model answer) that names Cassandra, Riak, Spanner and so on must list, under
/// `## Sources`, a line that names the same system and gives the primary source its claims come
/// from: `- Cassandra: apache/cassandra, Cells.java; DataStax docs, query timestamps`. The learner
/// sees these lines under the model answer.
public enum NamedSystems {
  /// Each system's name as the sources line should give it, and the words that name it in a text.
  ///
  /// A word matches only as a whole word, case included, so `Dynamo` does not match `DynamoDB`.
  public static let all: [(name: String, words: [String])] = [
    ("Cassandra", ["Cassandra"]),
    ("ScyllaDB", ["ScyllaDB", "Scylla"]),
    ("DynamoDB", ["DynamoDB"]),
    ("Dynamo", ["Dynamo"]),
    ("CouchDB", ["CouchDB"]),
    ("PouchDB", ["PouchDB"]),
    ("Riak", ["Riak"]),
    ("Cosmos DB", ["Cosmos DB", "Cosmos"]),
    ("pgactive", ["pgactive"]),
    ("BDR", ["BDR"]),
    ("pglogical", ["pglogical"]),
    ("Spanner", ["Spanner", "TrueTime"]),
    ("MySQL Group Replication", ["Group Replication"]),
    ("Galera", ["Galera"]),
    ("CockroachDB", ["CockroachDB"]),
    ("Google Docs", ["Google Docs"]),
  ]

  /// The systems `text` names, in the order of ``all``.
  public static func named(in text: String) -> [String] {
    let words = Words(text)
    return all.filter { system in system.words.contains { words.contains($0) } }.map(\.name)
  }

  /// The systems `question` names in its question or model answer that no line of its sources
  /// names.
  public static func unsourced(in question: String, answer: String, sources: [String]) -> [String] {
    let named = Self.named(in: question + "\n" + answer)
    let sourced = Set(sources.flatMap { Self.named(in: $0) })
    return named.filter { !sourced.contains($0) }
  }

  /// The names of ``all`` that occur in a text as whole words (runs of letters and digits), a name
  /// of two words as two neighbouring words. Found in one pass that looks up only the words that
  /// begin like a name: every content file is checked each time the course loads.
  private struct Words {
    private static let names = Set(all.flatMap(\.words))
    private static let initials = Set(names.compactMap(\.utf8.first))
    private var found = Set<String>()

    init(_ text: String) {
      var previous: Substring?
      var start: String.Index?
      let scalars = text.unicodeScalars
      var index = scalars.startIndex
      while true {
        let atEnd = index == scalars.endIndex
        if !atEnd && Self.isWordScalar(scalars[index]) {
          if start == nil { start = index }
        } else if let first = start {
          let word = text[first..<index]
          if let initial = word.utf8.first, Self.initials.contains(initial) {
            let name = String(word)
            if Self.names.contains(name) { found.insert(name) }
            if let previous, Self.names.contains(previous + " " + word) {
              found.insert(previous + " " + word)
            }
          }
          previous = word
          start = nil
        }
        if atEnd { break }
        index = scalars.index(after: index)
      }
    }

    /// A letter or a digit (ASCII without a table lookup).
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
      case 0..<0x80: false
      default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      }
    }

    /// Whether `name` (one word, or two separated by a space) is in the text.
    func contains(_ name: String) -> Bool { found.contains(name) }
  }
}
