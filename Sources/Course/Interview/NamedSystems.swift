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
    all.filter { system in system.words.contains { contains(word: $0, in: text) } }.map(\.name)
  }

  /// The systems `question` names in its question or model answer that no line of its sources
  /// names.
  public static func unsourced(in question: String, answer: String, sources: [String]) -> [String] {
    let named = Self.named(in: question + "\n" + answer)
    let sourced = Set(sources.flatMap { Self.named(in: $0) })
    return named.filter { !sourced.contains($0) }
  }

  /// Whether `word` occurs in `text` with no letter or digit right before or after it.
  private static func contains(word: String, in text: String) -> Bool {
    var rest = text[...]
    while let range = rest.firstRange(of: word) {
      let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
      let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
      if !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber { return true }
      rest = text[range.upperBound...]
    }
    return false
  }
}
