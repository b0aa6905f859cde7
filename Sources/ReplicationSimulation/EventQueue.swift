import ReplicationModel

/// The simulation's pending events, ordered by time and then by the order they were scheduled.
///
/// Ties in time are broken by the order of scheduling, never by hashing or memory addresses, so
/// two runs with the same inputs process events in exactly the same order.
///
/// Events wait in a slab and are never moved until they are processed. Events due at the same
/// instant form one first-in, first-out list (a bucket), found through a table keyed by time; a
/// sorted list orders only the distinct times. Simulated events cluster on a few instants (every
/// latency is a whole number of milliseconds by default), so most events join an existing bucket
/// and the list stays short. All three live in one ``EventStorage``, shared by copies of the
/// queue until one of them changes (copy on write).
struct EventQueue<Event: Sendable>: Sendable {
  private(set) var storage = EventStorage<Event>()
  /// The bucket the last event was taken from: its time, and its index in the bucket table
  /// (`-1` for none). Events due at one instant are taken one after another, so the next one
  /// usually comes from the same bucket; the index stays valid until a bucket is added (the
  /// table may grow) or removed (entries may shift).
  private var currentTime: Int64 = 0
  private var currentIndex = -1

  /// The number of pending events.
  var count: Int { storage.count }

  /// Whether nothing is pending.
  var isEmpty: Bool { storage.count == 0 }

  /// The time of the next event.
  var nextTime: SimTime? { storage.minTime.map { SimTime(microseconds: $0) } }

  /// Schedules an event.
  mutating func schedule(_ event: consuming Event, at time: SimTime) {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    let storage = storage
    let slot = storage.insert(event)
    if !storage.append(slot, at: time.microseconds) {
      storage.insertTime(time.microseconds)
      currentIndex = -1
    }
    storage.count &+= 1
  }

  /// Removes and returns the next event (the one at ``nextTime``); the queue must not be empty.
  @inline(__always)
  mutating func removeNext() -> Event {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    let storage = storage
    let time = storage.times[storage.timesStart]
    let index: Int
    if currentIndex >= 0 && currentTime == time {
      index = currentIndex
    } else {
      index = storage.bucketIndex(of: time)
      currentTime = time
      currentIndex = index
    }
    let head = storage.buckets[index].head
    let next = storage.links[Int(head)]
    if next < 0 {
      storage.removeBucket(at: index)
      storage.removeMinTime()
      currentIndex = -1
    } else {
      storage.buckets[index].head = next
    }
    storage.count &-= 1
    return storage.take(head)
  }

  /// Removes and returns the pending event at a place from ``pendingSlots``, out of time order;
  /// the other events keep their order. Its bucket (and its time) goes when it empties.
  mutating func remove(_ place: PendingEventSlot) -> Event {
    precondition(storage.isLive(place.slot), "no pending event in slot \(place.slot)")
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    let storage = storage
    let time = place.time.microseconds
    let index = storage.bucketIndex(of: time)
    var previous: Int32 = -1
    var slot = storage.buckets[index].head
    while slot != place.slot {
      previous = slot
      slot = storage.links[Int(slot)]
    }
    let next = storage.links[Int(slot)]
    if previous < 0 && next < 0 {
      storage.removeBucket(at: index)
      storage.removeTime(time)
    } else if previous < 0 {
      storage.buckets[index].head = next
    } else {
      storage.links[Int(previous)] = next
      if next < 0 { storage.buckets[index].tail = previous }
    }
    currentIndex = -1
    storage.count &-= 1
    return storage.take(slot)
  }
}
