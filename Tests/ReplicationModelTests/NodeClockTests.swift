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

/// A drifting clock keeps a correct reading however long a run lasts.
@Suite struct LongRunClockTests {
  @Test func aTenPercentDriftReadsCorrectlyAfterThreeYears() {
    // 1,068 days at +100,000 ppm: elapsed × drift is about 9.2e18, past Int64.max, so a reading
    // computed as elapsed * drift / 1,000,000 traps; the clock must still gain exactly 10%.
    let elapsed = SimDuration(microseconds: 1_068 * 86_400_000_000)
    let clock = NodeClock(skew: .zero, driftPPM: ModelError.maximumDriftPPM)
    let later = SimTime.start + elapsed
    #expect(clock.reading(at: later) == later.microseconds + elapsed.microseconds / 10)
    let losing = NodeClock(skew: .milliseconds(-250), driftPPM: -ModelError.maximumDriftPPM)
    #expect(
      losing.reading(at: later) == later.microseconds - 250_000 - elapsed.microseconds / 10)
    // Odd elapsed times truncate towards zero, exactly as the short-run formula does.
    let odd = SimTime.start + SimDuration(microseconds: 1_234_567)
    #expect(NodeClock(driftPPM: 333).reading(at: odd) == odd.microseconds + 1_234_567 * 333 / 1_000_000)
    #expect(NodeClock(driftPPM: -333).reading(at: odd) == odd.microseconds - 1_234_567 * 333 / 1_000_000)
  }
}
