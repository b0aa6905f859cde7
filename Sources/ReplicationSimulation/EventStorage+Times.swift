extension EventStorage {
  /// The earliest pending time, if any.
  @inline(__always)
  var minTime: Int64? { timesStart < timesEnd ? times[timesStart] : nil }

  /// Adds a time (not yet present) to the sorted times.
  ///
  /// Times are mostly added after every pending one (a latency from now), which is one store;
  /// an earlier time is put in place by a binary search and a move of the later ones.
  func insertTime(_ time: Int64) {
    if timesEnd == timesCapacity { makeRoomForTimes() }
    if timesStart == timesEnd || times[timesEnd &- 1] < time {
      times[timesEnd] = time
      timesEnd &+= 1
      return
    }
    var low = timesStart
    var high = timesEnd &- 1
    while low < high {
      let middle = low &+ (high &- low) / 2
      if times[middle] < time { low = middle &+ 1 } else { high = middle }
    }
    (times + low + 1).update(from: times + low, count: timesEnd &- low)
    times[low] = time
    timesEnd &+= 1
  }

  /// Removes the earliest time; there must be one.
  @inline(__always)
  func removeMinTime() {
    timesStart &+= 1
    if timesStart == timesEnd {
      timesStart = 0
      timesEnd = 0
    }
  }

  /// Removes a time that is present, wherever it is in the list.
  func removeTime(_ time: Int64) {
    var low = timesStart
    var high = timesEnd &- 1
    while low < high {
      let middle = low &+ (high &- low) / 2
      if times[middle] < time { low = middle &+ 1 } else { high = middle }
    }
    (times + low).update(from: times + low + 1, count: timesEnd &- low &- 1)
    timesEnd &-= 1
    if timesStart == timesEnd {
      timesStart = 0
      timesEnd = 0
    }
  }

  /// Moves the times to the front of their buffer, or doubles it when they fill more than half.
  private func makeRoomForTimes() {
    let count = timesEnd - timesStart
    if count * 2 <= timesCapacity {
      times.update(from: times + timesStart, count: count)
    } else {
      let grown = UnsafeMutablePointer<Int64>.allocate(capacity: timesCapacity * 2)
      grown.moveInitialize(from: times + timesStart, count: count)
      times.deallocate()
      times = grown
      timesCapacity *= 2
    }
    timesStart = 0
    timesEnd = count
  }
}
