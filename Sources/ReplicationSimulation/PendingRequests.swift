import ReplicationModel

/// The client requests that have not been answered yet, by request number.
///
/// Request numbers are handed out in order and most requests are sent and answered soon, so the
/// requests live in an array indexed by number from a moving base: a look-up is an index, not
/// a hash. Slots before the first unanswered request are dropped once they are half the array.
/// A request sent after the base has moved past its number (a write scheduled for later than
/// writes issued after it) waits in a small dictionary instead, so sending requests in any order
/// never shifts the array.
struct PendingRequests: Sendable {
  /// The request number of `slots[0]`.
  private var base = 1
  private var slots: [PendingRequest?] = []
  /// No request is pending in the slots before this one.
  private var first = 0
  /// Pending requests whose numbers are below `base`.
  private var early: [Int: PendingRequest] = [:]

  /// The pending request with this id, if any; setting `nil` removes it.
  subscript(request: RequestID) -> PendingRequest? {
    get {
      let index = request.value - base
      if index < 0 { return early[request.value] }
      return index >= first && index < slots.count ? slots[index] : nil
    }
    set {
      guard let newValue else {
        remove(request)
        return
      }
      let index = request.value - base
      if index < 0 {
        early[request.value] = newValue
        return
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

  /// Marks a pending request as arrived at its node and returns it; `nil` when it is not
  /// pending.
  mutating func arrive(_ request: RequestID) -> PendingRequest? {
    let index = request.value - base
    if index < 0 {
      early[request.value]?.arrived = true
      return early[request.value]
    }
    guard index >= first && index < slots.count else { return nil }
    // In place through the buffer: `slots[index]?.arrived = true` is an outlined modify.
    return slots.withUnsafeMutableBufferPointer { slots in
      slots[index]?.arrived = true
      return slots[index]
    }
  }

  /// Every pending request, by request number.
  var inOrder: [(request: RequestID, pending: PendingRequest)] {
    early.sorted { $0.key < $1.key }.map { (RequestID($0.key), $0.value) }
      + slots.indices.dropFirst(first).compactMap { index in
        slots[index].map { (RequestID(base + index), $0) }
      }
  }

  /// Removes and returns a pending request.
  @discardableResult
  mutating func remove(_ request: RequestID) -> PendingRequest? {
    let index = request.value - base
    if index < 0 { return early.removeValue(forKey: request.value) }
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
