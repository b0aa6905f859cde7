import HeapModule
import ReplicationModel

/// The simulation's pending events, ordered by time and then by the order they were scheduled.
///
/// Ties in time are broken by a sequence number, never by hashing or memory addresses, so two
/// runs with the same inputs process events in exactly the same order.
struct EventQueue<Event: Sendable>: Sendable {
  private struct Entry: Comparable, Sendable {
    let time: SimTime
    let sequence: UInt64
    let event: Event

    static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.time, lhs.sequence) < (rhs.time, rhs.sequence) }
    static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.time == rhs.time && lhs.sequence == rhs.sequence }
  }

  private var heap = Heap<Entry>()
  private var nextSequence: UInt64 = 0

  /// The number of pending events.
  var count: Int { heap.count }

  /// Whether nothing is pending.
  var isEmpty: Bool { heap.isEmpty }

  /// The time of the next event.
  var nextTime: SimTime? { heap.min?.time }

  /// Schedules an event.
  mutating func schedule(_ event: Event, at time: SimTime) {
    heap.insert(Entry(time: time, sequence: nextSequence, event: event))
    nextSequence += 1
  }

  /// Removes and returns the next event.
  mutating func popNext() -> (time: SimTime, event: Event)? {
    guard let entry = heap.popMin() else { return nil }
    return (entry.time, entry.event)
  }

  /// Every pending event in processing order (a copy; for inspection, not the hot path).
  var pendingInOrder: [(time: SimTime, event: Event)] {
    heap.unordered.sorted().map { ($0.time, $0.event) }
  }
}
