import ReplicationModel
import Testing

@testable import ReplicationSimulation

/// The queue lists its pending events in processing order and removes any one of them out of
/// order, leaving the rest in order: what an explorer choosing among pending events needs.
@Suite struct EventQueuePendingTests {
  /// A queue of labelled events at a few instants, some sharing one.
  private func queue(_ schedule: [(label: Int, millisecond: Int64)]) -> EventQueue<Int> {
    var queue = EventQueue<Int>()
    for (label, millisecond) in schedule { queue.schedule(label, at: .start + .milliseconds(millisecond)) }
    return queue
  }

  private func drain(_ queue: inout EventQueue<Int>) -> [Int] {
    var labels: [Int] = []
    while !queue.isEmpty { labels.append(queue.removeNext()) }
    return labels
  }

  private let schedule: [(label: Int, millisecond: Int64)] = [
    (1, 5), (2, 1), (3, 5), (4, 3), (5, 1), (6, 5), (7, 9),
  ]

  @Test func pendingEventsAreListedInProcessingOrder() {
    var listed = queue(schedule)
    let labels = listed.pendingSlots.map { listed.event(at: $0) }
    #expect(labels == [2, 5, 4, 1, 3, 6, 7])
    #expect(drain(&listed) == labels)
  }

  @Test(arguments: [2, 5, 4, 1, 3, 6, 7])
  func removingOneEventLeavesTheOthersInOrder(label: Int) {
    var chosen = queue(schedule)
    let place = chosen.pendingSlots.first { chosen.event(at: $0) == label }!
    let copy = chosen
    #expect(chosen.remove(place) == label)
    #expect(chosen.count == schedule.count - 1)
    #expect(drain(&chosen) == [2, 5, 4, 1, 3, 6, 7].filter { $0 != label })
    var untouched = copy
    #expect(drain(&untouched) == [2, 5, 4, 1, 3, 6, 7])
  }

  @Test func eventsScheduledAfterARemovalJoinTheirInstantInOrder() {
    var chosen = queue(schedule)
    for label in [4, 6] {
      let place = chosen.pendingSlots.first { chosen.event(at: $0) == label }!
      _ = chosen.remove(place)
    }
    chosen.schedule(8, at: .start + .milliseconds(3))
    chosen.schedule(9, at: .start + .milliseconds(5))
    #expect(drain(&chosen) == [2, 5, 8, 1, 3, 9, 7])
  }
}
