/// The numbers a simulation gives its keys, in order of first use (see `ClientWrite.keyNumber`).
///
/// An open-addressing table with linear probing and an unseeded FNV-1a hash of the key's UTF-8
/// bytes: cheaper than `Dictionary`'s seeded hashing for the short keys of a replication model.
/// Its layout never decides an order or a result (numbers are handed out in order of first use),
/// so the hash needs no seed.
struct KeyNumbers: Sendable {
  /// One table entry: a key and its number, `-1` when empty.
  private struct Entry: Sendable {
    var key: String
    var number: Int

    static let empty = Entry(key: "", number: -1)
  }

  private var entries = Array(repeating: Entry.empty, count: 64)
  private var count = 0

  /// The number of a key, given on first use.
  mutating func number(of key: String) -> Int {
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
  }
}
