import ReplicationModel

/// One replica's edits: single characters inserted at positions uniform over its own text.
///
/// The same rule and seeds as `Benchmarks/yrs/text_edits.py`, so Yrs makes exactly these edits.
struct TextWorkload {
  /// (position, character) pairs, in order.
  let edits: [(position: Int, character: Character)]

  /// `count` edits from `SplitMix64(seed:)`: position `value % (length + 1)`, letter `a`+`(value >> 32) % 26`.
  init(seed: UInt64, count: Int) {
    var generator = SplitMix64(seed: seed)
    var edits: [(Int, Character)] = []
    edits.reserveCapacity(count)
    for length in 0..<count {
      let value = generator.next()
      let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8((value >> 32) % 26)))
      edits.append((Int(value % UInt64(length + 1)), letter))
    }
    self.edits = edits
  }
}
