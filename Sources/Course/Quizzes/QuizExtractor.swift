/// What the quiz engine reads from the model after a template's setup has run.
///
/// Written in a template's `## Answer` section as one line, such as `value topping` or
/// `concurrent w1 w2`. Writes are named as the shell names them: `w1` is the setup's first write.
public enum QuizExtractor: Hashable, Sendable {
  /// `value KEY`: what every replica holds for the key (they must agree).
  case value(key: String)
  /// `read NODE KEY`: what one node returns for the key right now.
  case read(node: String, key: String)
  /// `winner KEY`: the value CouchDB shows for a key with conflicting revisions.
  case winner(key: String)
  /// `origin KEY`: the leader whose write every replica ended with.
  case origin(key: String)
  /// `lost KEY`: the acknowledged writes of the key that no replica holds any more.
  case lost(key: String)
  /// `concurrent wN wM`: whether two writes are concurrent (yes) or causally ordered (no).
  case concurrent(Int, Int)
  /// `committed wN`: whether a write was accepted.
  case committed(Int)
  /// `vector NODE KEY`: the version vector (read context) of a key at a node.
  case vector(node: String, key: String)
  /// `latency wN`: how long the client waited for a write's answer.
  case latency(Int)
  /// `possible KEY`: every value some replica can end with for the key, over every order in
  /// which what the setup left pending can happen (the setup must not end with `run`).
  case possible(key: String)

  /// The forms an answer line may take, for messages.
  public static let forms =
    "value KEY, read NODE KEY, winner KEY, origin KEY, lost KEY, concurrent wN wM, committed wN, vector NODE KEY, latency wN or possible KEY"

  /// Parses an answer line (placeholders already substituted); `nil` when it is not one.
  public static func parse(_ line: String) -> QuizExtractor? {
    let words = line.split(separator: " ").map(String.init)
    guard let name = words.first?.lowercased() else { return nil }
    let rest = Array(words.dropFirst())
    switch (name, rest.count) {
    case ("value", 1): return .value(key: rest[0])
    case ("read", 2): return .read(node: rest[0].lowercased(), key: rest[1])
    case ("winner", 1): return .winner(key: rest[0])
    case ("origin", 1): return .origin(key: rest[0])
    case ("lost", 1): return .lost(key: rest[0])
    case ("possible", 1): return .possible(key: rest[0])
    case ("vector", 2): return .vector(node: rest[0].lowercased(), key: rest[1])
    case ("concurrent", 2):
      guard let a = write(rest[0]), let b = write(rest[1]), a != b else { return nil }
      return .concurrent(a, b)
    case ("committed", 1): return write(rest[0]).map { .committed($0) }
    case ("latency", 1): return write(rest[0]).map { .latency($0) }
    default: return nil
    }
  }

  /// The key the answer is about, if any (the explanation shows that key's events).
  public var key: String? {
    switch self {
    case .value(let key), .read(_, let key), .winner(let key), .origin(let key), .lost(let key),
      .vector(_, let key), .possible(let key):
      key
    case .concurrent, .committed, .latency: nil
    }
  }

  /// `w3` → 3.
  private static func write(_ word: String) -> Int? {
    guard word.lowercased().hasPrefix("w"), let number = Int(word.dropFirst()), number >= 1 else {
      return nil
    }
    return number
  }
}
