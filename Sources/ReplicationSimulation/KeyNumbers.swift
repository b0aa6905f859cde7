/// The numbers a simulation gives its keys, in order of first use (see `ClientWrite.keyNumber`).
///
/// An open-addressing table with linear probing and an unseeded FNV-1a hash of the key's UTF-8
/// bytes: cheaper than `Dictionary`'s seeded hashing for the short keys of a replication model.
/// Its layout never decides an order or a result (numbers are handed out in order of first use),
/// so the hash needs no seed. In front of it, a small cache finds the keys passed again as the
/// same `String` values without hashing their text.
struct KeyNumbers: Sendable {
  /// One table entry: a key and its number, `-1` when empty.
  private struct Entry: Sendable {
    var key: String
    var number: Int

    static let empty = Entry(key: "", number: -1)
  }

  /// A key looked up recently: the bits of its `String` value, its number, and the string
  /// itself, kept so that its storage (for a long string) stays alive while its bits are
  /// remembered and cannot be reused by another string.
  private struct Recent: Sendable {
    var bits: (UInt64, UInt64)
    var number: Int
    var key: String

    static let empty = Recent(bits: (0, 0), number: -1, key: "")
  }

  private var entries = Array(repeating: Entry.empty, count: 64)
  private var count = 0
  /// Keys looked up recently, by a hash of their bits (one per place, the last one wins); twice
  /// the table's size, growing with it.
  ///
  /// Equal bits are the same string value, so a hit needs neither hashing nor comparing the
  /// text: callers pass the same `String` values over and over (a workload's or a script's
  /// keys). A miss (an equal string stored differently, or another key in the place) only
  /// falls back to the table.
  private var recent = Array(repeating: Recent.empty, count: 128)

  /// The number of a key, given on first use.
  mutating func number(of key: String) -> Int {
    guard MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size else { return lookUp(key) }
    let bits = unsafeBitCast(key, to: (UInt64, UInt64).self)
    var mixed = (bits.0 &* 0x9E37_79B9_7F4A_7C15 ^ bits.1) &* 0xBF58_476D_1CE4_E5B9
    mixed ^= mixed >> 29
    let place = Int(truncatingIfNeeded: mixed) & (recent.count - 1)
    if recent[place].bits == bits && recent[place].number >= 0 { return recent[place].number }
    let number = lookUp(key)
    if place < recent.count { recent[place] = Recent(bits: bits, number: number, key: key) }
    return number
  }

  /// The number of a key, found in (or added to) the table by its text.
  private mutating func lookUp(_ key: String) -> Int {
    let mask = entries.count - 1
    var index = Self.hash(key) & mask
    while entries[index].number >= 0 {
      if entries[index].key == key { return entries[index].number }
      index = (index + 1) & mask
    }
    let number = count
    entries[index] = Entry(key: key, number: number)
    count += 1
    if count * 2 > entries.count { grow() }
    return number
  }

  private static func hash(_ key: String) -> Int {
    key.utf8.withContiguousStorageIfAvailable(hash) ?? hash(Array(key.utf8))
  }

  private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: hash ^ (hash >> 32))
  }

  private mutating func grow() {
    let old = entries
    entries = Array(repeating: .empty, count: old.count * 2)
    let mask = entries.count - 1
    for entry in old where entry.number >= 0 {
      var index = Self.hash(entry.key) & mask
      while entries[index].number >= 0 { index = (index + 1) & mask }
      entries[index] = entry
    }
    recent = Array(repeating: .empty, count: entries.count * 2)
  }
}
