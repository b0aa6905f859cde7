/// A tiny deterministic random number generator (SplitMix64) for property tests.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Pieces random strings are built from: words, spaces, wide text, marks, emoji, escapes, newlines.
let randomPieces: [String] = [
  "a", "leader", "replication", "conflict-free", "x", "  ", " ", " ", " ", "\n",
  "寿司", "한국어", "e\u{301}", "👍", "🇯🇵", "👨‍👩‍👧", "Ａ",
  "\u{1B}[1m", "\u{1B}[0m", "\u{1B}[31;1m", "\u{1B}[m", "abcdefghijklmnopqrstuvwxyz0123456789",
  "a寿b司c", "\u{FFFD}", "\u{200B}", "…",
]

/// A random string of up to `maximumPieces` pieces from `randomPieces`.
func randomText(using generator: inout SeededGenerator, maximumPieces: Int = 30) -> String {
  let count = Int.random(in: 0...maximumPieces, using: &generator)
  return (0..<count).map { _ in randomPieces.randomElement(using: &generator)! }.joined()
}

/// `text` without ANSI CSI sequences.
func strippingEscapes(_ text: String) -> String {
  var result = ""
  var characters = Array(text)[...]
  while let character = characters.popFirst() {
    guard character == "\u{1B}", characters.first == "[" else {
      result.append(character)
      continue
    }
    characters.removeFirst()
    while let next = characters.popFirst(), let byte = next.asciiValue, !(0x40...0x7E).contains(byte) {}
  }
  return result
}
