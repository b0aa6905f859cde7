/// The event queue's buckets: for each instant with pending events, the first and last slab
/// slot of its first-in, first-out list.
///
/// An open-addressing hash table with linear probing, keyed by time in microseconds. Its layout
/// never decides an order (the time heap does), so its hashing needs no seed.
struct TimeBuckets: Sendable {
  /// One table entry; `head < 0` marks an empty one.
  private struct Entry: Sendable {
    var time: Int64
    var head: Int32
    var tail: Int32

    static let empty = Entry(time: 0, head: -1, tail: -1)
  }

  private var entries = Array(repeating: Entry.empty, count: 64)
  private var mask = 63
  private var used = 0

  /// Appends a slot to the bucket of `time`; returns the bucket's previous tail, or `nil` when
  /// the bucket is new (the slot is then its head and tail).
  mutating func append(_ slot: Int32, at time: Int64) -> Int32? {
    var index = home(of: time)
    while entries[index].head >= 0 {
      if entries[index].time == time {
        let tail = entries[index].tail
        entries[index].tail = slot
        return tail
      }
      index = (index + 1) & mask
    }
    entries[index] = Entry(time: time, head: slot, tail: slot)
    used += 1
    if used * 2 > entries.count { grow() }
    return nil
  }

  /// The table index of the bucket of `time`, which must exist.
  func index(of time: Int64) -> Int {
    var index = home(of: time)
    while entries[index].time != time || entries[index].head < 0 { index = (index + 1) & mask }
    return index
  }

  /// The first slot of the bucket at a table index.
  func head(at index: Int) -> Int32 { entries[index].head }

  /// Moves the bucket's head to the next slot.
  mutating func setHead(_ slot: Int32, at index: Int) { entries[index].head = slot }

  /// Removes the bucket at a table index, shifting later entries of its probe run back.
  mutating func remove(at index: Int) {
    var hole = index
    var probe = index
    while true {
      probe = (probe + 1) & mask
      guard entries[probe].head >= 0 else { break }
      let home = home(of: entries[probe].time)
      if (probe - home) & mask >= (probe - hole) & mask {
        entries[hole] = entries[probe]
        hole = probe
      }
    }
    entries[hole] = .empty
    used -= 1
  }

  private func home(of time: Int64) -> Int {
    Int(truncatingIfNeeded: (UInt64(bitPattern: time) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  private mutating func grow() {
    let old = entries
    entries = Array(repeating: .empty, count: old.count * 2)
    mask = entries.count - 1
    for entry in old where entry.head >= 0 {
      var index = home(of: entry.time)
      while entries[index].head >= 0 { index = (index + 1) & mask }
      entries[index] = entry
    }
  }
}
