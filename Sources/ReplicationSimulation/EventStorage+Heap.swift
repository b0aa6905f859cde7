extension EventStorage {
  /// The earliest pending time, if any.
  @inline(__always)
  var minTime: Int64? { heapCount > 0 ? heap[0] : nil }

  /// Adds a time to the heap of distinct times.
  func insertTime(_ time: Int64) {
    if heapCount == heapCapacity {
      let grown = UnsafeMutablePointer<Int64>.allocate(capacity: heapCapacity * 2)
      grown.moveInitialize(from: heap, count: heapCount)
      heap.deallocate()
      heap = grown
      heapCapacity *= 2
    }
    var child = heapCount
    heapCount &+= 1
    while child > 0 {
      let parent = (child &- 1) / 2
      guard heap[parent] > time else { break }
      heap[child] = heap[parent]
      child = parent
    }
    heap[child] = time
  }

  /// Removes the earliest time; the heap must not be empty.
  func removeMinTime() {
    heapCount &-= 1
    let count = heapCount
    guard count > 0 else { return }
    let last = heap[count]
    var parent = 0
    while true {
      var child = 2 &* parent &+ 1
      guard child < count else { break }
      if child &+ 1 < count && heap[child &+ 1] < heap[child] { child &+= 1 }
      guard heap[child] < last else { break }
      heap[parent] = heap[child]
      parent = child
    }
    heap[parent] = last
  }
}
