extension EventStorage {
  /// Appends a slot to the bucket of `time`; returns `false` when the bucket is new (the slot
  /// is then its head and tail, and the caller adds the time to the sorted times).
  @inline(__always)
  func append(_ slot: Int32, at time: Int64) -> Bool {
    var index = home(of: time)
    while buckets[index].head >= 0 {
      if buckets[index].time == time {
        links[Int(buckets[index].tail)] = slot
        buckets[index].tail = slot
        return true
      }
      index = (index &+ 1) & mask
    }
    buckets[index] = Bucket(time: time, head: slot, tail: slot)
    bucketCount &+= 1
    if bucketCount * 2 > mask + 1 { growBuckets() }
    return false
  }

  /// The table index of the bucket of `time`, which must exist.
  @inline(__always)
  func bucketIndex(of time: Int64) -> Int {
    var index = home(of: time)
    while buckets[index].time != time || buckets[index].head < 0 { index = (index &+ 1) & mask }
    return index
  }

  /// Removes the bucket at a table index, shifting later entries of its probe run back.
  func removeBucket(at index: Int) {
    var hole = index
    var probe = index
    while true {
      probe = (probe &+ 1) & mask
      guard buckets[probe].head >= 0 else { break }
      let home = home(of: buckets[probe].time)
      if (probe &- home) & mask >= (probe &- hole) & mask {
        buckets[hole] = buckets[probe]
        hole = probe
      }
    }
    buckets[hole] = .empty
    bucketCount &-= 1
  }

  @inline(__always)
  private func home(of time: Int64) -> Int {
    Int(truncatingIfNeeded: (UInt64(bitPattern: time) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  private func growBuckets() {
    let old = buckets
    let oldSize = mask + 1
    buckets = .allocate(capacity: oldSize * 2)
    buckets.initialize(repeating: .empty, count: oldSize * 2)
    mask = oldSize * 2 - 1
    for entry in UnsafeBufferPointer(start: old, count: oldSize) where entry.head >= 0 {
      var index = home(of: entry.time)
      while buckets[index].head >= 0 { index = (index &+ 1) & mask }
      buckets[index] = entry
    }
    old.deallocate()
  }
}
