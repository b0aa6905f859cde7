import ReplicationModel

/// The simulation's pending events, ordered by time and then by the order they were scheduled.
///
/// Ties in time are broken by the order of scheduling, never by hashing or memory addresses, so
/// two runs with the same inputs process events in exactly the same order.
///
/// Events wait in a slab and are never moved until they are processed. Events due at the same
/// instant form one first-in, first-out list (a bucket), found through a table keyed by time; a
/// heap orders only the distinct times. Simulated events cluster on a few instants (every
/// latency is a whole number of milliseconds by default), so most events join an existing bucket
/// and the heap stays small.
struct EventQueue<Event: Sendable>: Sendable {
  /// One slab slot: an event, and the next slot of the same bucket, or for a free slot the
  /// next free one (`-1` for none).
  private struct Slot: Sendable {
    var event: Event?
    var next: Int32
  }

  private var slots: [Slot] = []
  /// The first free slot, `-1` for none.
  private var firstFree: Int32 = -1
  private var buckets = TimeBuckets()
  private var times = TimeHeap()
  /// The bucket the last event was taken from: its time, and its index in ``buckets``
  /// (`-1` for none). Events due at one instant are taken one after another, so the next one
  /// usually comes from the same bucket; the index stays valid until a bucket is added (the
  /// table may grow) or removed (entries may shift).
  private var currentTime: Int64 = 0
  private var currentIndex = -1

  /// The number of pending events.
  private(set) var count = 0

  /// Whether nothing is pending.
  var isEmpty: Bool { count == 0 }

  /// The time of the next event.
  var nextTime: SimTime? { times.min.map { SimTime(microseconds: $0) } }

  /// Schedules an event.
  mutating func schedule(_ event: consuming Event, at time: SimTime) {
    let slot: Int32
    if firstFree >= 0 {
      slot = firstFree
      firstFree = slots[Int(slot)].next
      slots[Int(slot)] = Slot(event: event, next: -1)
    } else {
      slot = Int32(slots.count)
      slots.append(Slot(event: event, next: -1))
    }
    if let tail = buckets.append(slot, at: time.microseconds) {
      slots[Int(tail)].next = slot
    } else {
      times.insert(time.microseconds)
      currentIndex = -1
    }
    count += 1
  }

  /// Removes and returns the next event (the one at ``nextTime``); the queue must not be empty.
  mutating func removeNext() -> Event {
    let time = times.min!
    let index: Int
    if currentIndex >= 0 && currentTime == time {
      index = currentIndex
    } else {
      index = buckets.index(of: time)
      currentTime = time
      currentIndex = index
    }
    let head = Int(buckets.head(at: index))
    let next = slots[head].next
    if next < 0 {
      buckets.remove(at: index)
      times.removeMin()
      currentIndex = -1
    } else {
      buckets.setHead(next, at: index)
    }
    count -= 1
    let event = slots[head].event.take()!
    slots[head].next = firstFree
    firstFree = Int32(head)
    return event
  }
}
