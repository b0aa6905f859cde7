/// A binary min-heap of instants (microseconds): the distinct times of the pending events.
struct TimeHeap: Sendable {
  private var times: [Int64] = []

  /// The earliest time.
  var min: Int64? { times.first }

  /// Adds a time.
  mutating func insert(_ time: Int64) {
    var child = times.count
    times.append(time)
    while child > 0 {
      let parent = (child - 1) / 2
      guard times[parent] > time else { break }
      times[child] = times[parent]
      child = parent
    }
    times[child] = time
  }

  /// Removes the earliest time; the heap must not be empty.
  mutating func removeMin() {
    let last = times.removeLast()
    guard !times.isEmpty else { return }
    // Every index below is checked against `count` by the sift itself.
    times.withUnsafeMutableBufferPointer { buffer in
      let heap = buffer.baseAddress!
      let count = buffer.count
      var parent = 0
      while true {
        var child = 2 * parent + 1
        guard child < count else { break }
        if child + 1 < count && heap[child + 1] < heap[child] { child += 1 }
        guard heap[child] < last else { break }
        heap[parent] = heap[child]
        parent = child
      }
      heap[parent] = last
    }
  }
}
