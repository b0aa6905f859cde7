import ReplicationModel

/// A pending event's place in an ``EventQueue``: its time and its slot. The slot stays the
/// event's until the event is taken out; it may then be given to a later event.
struct PendingEventSlot: Hashable, Sendable {
  /// When the event is due.
  let time: SimTime
  /// Where the event waits.
  let slot: Int32
}

extension EventQueue {
  /// Every pending event's place, in the order the queue would take them out (by time, then by
  /// the order they were scheduled).
  var pendingSlots: [PendingEventSlot] {
    var result: [PendingEventSlot] = []
    result.reserveCapacity(count)
    let storage = storage
    for position in storage.timesStart..<storage.timesEnd {
      let time = storage.times[position]
      var slot = storage.buckets[storage.bucketIndex(of: time)].head
      while slot >= 0 {
        result.append(PendingEventSlot(time: SimTime(microseconds: time), slot: slot))
        slot = storage.links[Int(slot)]
      }
    }
    return result
  }

  /// The pending event at a place from ``pendingSlots``.
  func event(at place: PendingEventSlot) -> Event {
    precondition(storage.isLive(place.slot), "no pending event in slot \(place.slot)")
    return storage.events[Int(place.slot)]
  }
}
