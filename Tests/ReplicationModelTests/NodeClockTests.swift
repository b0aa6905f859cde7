import ReplicationModel
import Testing

@Suite struct NodeClockTests {
  private let noon = SimTime.start

  @Test func anExactClockShowsTrueTime() {
    #expect(NodeClock.exact.reading(at: noon) == noon.microseconds)
    let later = noon + .seconds(90)
    #expect(NodeClock.exact.reading(at: later) == later.microseconds)
  }

  @Test func skewShiftsEveryReading() {
    let fast = NodeClock(skew: .minutes(2))
    let slow = NodeClock(skew: .milliseconds(-250))
    #expect(fast.reading(at: noon) == SimTime.utc(hour: 12, minute: 2).microseconds)
    #expect(slow.reading(at: noon + .seconds(1)) == SimTime.utc(hour: 12, millisecond: 750).microseconds)
  }

  @Test func driftGrowsWithElapsedTime() {
    // 100 ppm gains 1 ms every 10 s; none at the start.
    let drifting = NodeClock(skew: .zero, driftPPM: 100)
    #expect(drifting.reading(at: noon) == noon.microseconds)
    #expect(drifting.reading(at: noon + .seconds(10)) == (noon + .milliseconds(10_001)).microseconds)
    let losing = NodeClock(skew: .zero, driftPPM: -100)
    #expect(losing.reading(at: noon + .seconds(10)) == (noon + .milliseconds(9_999)).microseconds)
  }
}
