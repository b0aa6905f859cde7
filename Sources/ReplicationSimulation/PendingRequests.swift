import ReplicationModel

/// The client requests that have not been answered yet, by request number.
///
/// Request numbers are handed out in order and most requests are answered soon, so the
/// requests live in an array indexed by number from a moving base: a look-up is an index, not
/// a hash. Slots before the first unanswered request are dropped once they are half the array.
struct PendingRequests: Sendable {
  /// The request number of `slots[0]`.
  private var base = 1
  private var slots: [PendingRequest?] = []
  /// No request is pending in the slots before this one.
  private var first = 0

  /// The pending request with this id, if any; setting `nil` removes it.
  subscript(request: RequestID) -> PendingRequest? {
    get {
      let index = request.value - base
      return index >= first && index < slots.count ? slots[index] : nil
    }
    set {
      guard let newValue else {
        remove(request)
        return
      }
      var index = request.value - base
      if index < 0 {
        slots.insert(contentsOf: repeatElement(nil, count: -index), at: 0)
        first -= index
        base = request.value
        index = 0
      }
      if index < slots.count {
        slots[index] = newValue
      } else {
        if index > slots.count { slots.append(contentsOf: repeatElement(nil, count: index - slots.count)) }
        slots.append(newValue)
      }
      first = min(first, index)
    }
  }

  /// Marks a pending request as arrived at its node.
  mutating func markArrived(_ request: RequestID) {
    let index = request.value - base
    guard index >= first && index < slots.count else { return }
    slots[index]?.arrived = true
  }

  /// Every pending request, by request number.
  var inOrder: [(request: RequestID, pending: PendingRequest)] {
    slots.indices.dropFirst(first).compactMap { index in
      slots[index].map { (RequestID(base + index), $0) }
    }
  }

  /// Removes and returns a pending request.
  @discardableResult
  mutating func remove(_ request: RequestID) -> PendingRequest? {
    let index = request.value - base
    guard index >= first && index < slots.count, let pending = slots[index] else { return nil }
    slots[index] = nil
    while first < slots.count && slots[first] == nil { first += 1 }
    if first >= 64 && first * 2 >= slots.count {
      slots.removeFirst(first)
      base += first
      first = 0
    }
    return pending
  }
}
