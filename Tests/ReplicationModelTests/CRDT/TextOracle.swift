import ReplicationModel

/// One replica of a text together with a plain character array that makes the same local edits,
/// and the record of which element ids it inserted and erased.
struct TextOracle {
  /// The CRDT replica.
  private(set) var text = ReplicatedText()
  /// The plain array: what the replica's user expects to see.
  private(set) var expected: [Character] = []
  /// The replica's id.
  let replica: NodeID

  /// Creates an empty replica.
  init(replica: NodeID) { self.replica = replica }

  /// The ids of the visible characters, in order.
  var visibleIDs: [ReplicaDot] { text.elements.filter { !$0.isErased }.map(\.id) }

  /// Inserts at a random position; returns the ids it made.
  mutating func insertRandomly(using random: inout SplitMix64) throws -> [ReplicaDot] {
    let position = Int.random(in: 0...expected.count, using: &random)
    let length = Int.random(in: 1...3, using: &random)
    let letters = (0..<length).map { _ in
      Character(Unicode.Scalar(UInt8.random(in: 97...122, using: &random)))
    }
    let clock = text.clock
    try text.insert(String(letters), at: position, by: replica)
    expected.insert(contentsOf: letters, at: position)
    // A new character's counter is one past the largest the replica has seen.
    return (1...UInt64(length)).map { ReplicaDot(counter: clock + $0, replica: replica) }
  }

  /// Erases at a random position when there is text; returns the ids it erased when asked to.
  mutating func eraseRandomly(using random: inout SplitMix64, recordingIDs: Bool = true) throws
    -> [ReplicaDot]
  {
    guard !expected.isEmpty else { return [] }
    let position = Int.random(in: 0..<expected.count, using: &random)
    let length = Int.random(in: 1...min(2, expected.count - position), using: &random)
    let erased = recordingIDs ? Array(visibleIDs[position..<(position + length)]) : []
    try text.erase(at: position, count: length)
    expected.removeSubrange(position..<(position + length))
    return erased
  }

  /// Merges another replica's state; the user now expects to see the merged text.
  mutating func receive(_ state: ReplicatedText) {
    text.merge(state)
    expected = Array(text.text)
  }

  /// Whether `ids` appear in `sequence` in the same relative order.
  static func isSubsequence(_ ids: [ReplicaDot], of sequence: [ReplicaDot]) -> Bool {
    var iterator = sequence.makeIterator()
    return ids.allSatisfy { id in
      while let next = iterator.next() { if next == id { return true } }
      return false
    }
  }
}
