import ReplicationModel
import Testing

@Suite struct WriteClockTests {
  private let noon = SimTime.start

  // MARK: - Physical

  @Test func physicalTimestampsAreTheSkewedClockReading() {
    var clock = WriteClock(source: .physical, clock: NodeClock(skew: .minutes(2)))
    let stamp = clock.stampLocalEvent(at: noon)
    #expect(stamp == Timestamp(wall: SimTime.utc(hour: 12, minute: 2).microseconds))
    #expect(stamp.description == "12:02:00.000")
    // Receiving a far newer timestamp changes nothing.
    clock.observe(Timestamp(wall: SimTime.utc(hour: 13).microseconds), at: noon)
    #expect(clock.stampLocalEvent(at: noon) == stamp)
  }

  // MARK: - Lamport (replication-facts TV11)

  @Test func lamportCountsLocalEvents() {
    var clock = WriteClock(source: .lamport, clock: .exact)
    let stamps = (0..<3).map { _ in clock.stampLocalEvent(at: noon).logical }
    #expect(stamps == [1, 2, 3])
    #expect(clock.stampLocalEvent(at: noon).description == "L4")
  }

  @Test func lamportReceiptMovesPastTheMessage() {
    // Local C = 3, message Tm = 7 → C = max(3, 7) + 1 = 8: the same state as 8 local events.
    var receiver = WriteClock(source: .lamport, clock: .exact)
    for _ in 0..<3 { _ = receiver.stampLocalEvent(at: noon) }
    receiver.observe(Timestamp(wall: 0, logical: 7, source: .lamport), at: noon)
    var counted = WriteClock(source: .lamport, clock: .exact)
    for _ in 0..<8 { _ = counted.stampLocalEvent(at: noon) }
    #expect(receiver == counted)
    #expect(receiver.stampLocalEvent(at: noon).logical == 9)
  }

  @Test func lamportReceiptOfAnOlderMessageStillCountsAsAnEvent() {
    var receiver = WriteClock(source: .lamport, clock: .exact)
    for _ in 0..<5 { _ = receiver.stampLocalEvent(at: noon) }
    receiver.observe(Timestamp(wall: 0, logical: 2, source: .lamport), at: noon)
    #expect(receiver.stampLocalEvent(at: noon).logical == 7)
  }

  @Test func lamportTotalOrderBreaksTiesByRegion() throws {
    // TV11: equal counters at US and Asia; US ≺ Asia, so the US event is ordered first and Asia's
    // write wins a last-writer-wins comparison only when its counter is larger.
    let layout = try Fixtures.layout()
    let us = Version(
      key: "k", payload: .value("us"), vector: VersionVector([1]), dot: Dot(slot: 0, counter: 1),
      timestamp: Timestamp(wall: 0, logical: 5, source: .lamport), origin: layout.leaders[0],
      writeID: WriteID(1))
    let asia = Version(
      key: "k", payload: .value("asia"), vector: VersionVector([0, 1]), dot: Dot(slot: 1, counter: 1),
      timestamp: Timestamp(wall: 0, logical: 5, source: .lamport), origin: layout.leaders[1],
      writeID: WriteID(2))
    let tie = LastWriterWins().resolve(held: [us], incoming: asia, layout: layout)
    #expect(tie.held == [us])
    var later = asia
    later.timestamp = Timestamp(wall: 0, logical: 6, source: .lamport)
    #expect(LastWriterWins().resolve(held: [us], incoming: later, layout: layout).held == [later])
  }

  // MARK: - Hybrid logical clock (replication-facts §8c)

  private func hybrid(skew: SimDuration = .zero) -> WriteClock {
    WriteClock(source: .hybrid, clock: NodeClock(skew: skew))
  }

  @Test func hlcLocalEventsFollowPhysicalTimeWhenItAdvances() {
    var clock = hybrid()
    let first = clock.stampLocalEvent(at: noon)
    #expect(first == Timestamp(wall: noon.microseconds, logical: 0, source: .hybrid))
    // Same physical reading: l stays, c counts.
    #expect(clock.stampLocalEvent(at: noon) == Timestamp(wall: noon.microseconds, logical: 1))
    #expect(clock.stampLocalEvent(at: noon).description == "12:00:00.000+2")
    // Physical time moved on: l = pt, c = 0.
    let later = noon + .milliseconds(5)
    #expect(clock.stampLocalEvent(at: later) == Timestamp(wall: later.microseconds, logical: 0))
  }

  @Test func hlcReceiveWithTheRemoteAheadTakesItsCounterPlusOne() {
    // l.m is ahead of both l.j and pt.j, so l.j := l.m and c.j := c.m + 1 = 5.
    let ahead = (noon + .seconds(30)).microseconds
    var receiver = hybrid()
    _ = receiver.stampLocalEvent(at: noon)
    receiver.observe(Timestamp(wall: ahead, logical: 4, source: .hybrid), at: noon + .milliseconds(1))
    // A clock that received (l.m, 3) and then had one local event is also at (l.m, 5).
    var reference = hybrid()
    reference.observe(Timestamp(wall: ahead, logical: 3, source: .hybrid), at: noon)
    _ = reference.stampLocalEvent(at: noon)
    #expect(receiver == reference)
    // The next local event, before physical time catches up, is (l.m, 6).
    #expect(receiver.stampLocalEvent(at: noon + .milliseconds(2)) == Timestamp(wall: ahead, logical: 6))
  }

  @Test func hlcReceiveWithEqualLTakesTheLargerCounterPlusOne() {
    let ahead = (noon + .seconds(30)).microseconds
    var receiver = hybrid()
    receiver.observe(Timestamp(wall: ahead, logical: 2, source: .hybrid), at: noon)  // (ahead, 3)
    receiver.observe(Timestamp(wall: ahead, logical: 9, source: .hybrid), at: noon)  // l = l' = l.m
    #expect(receiver.stampLocalEvent(at: noon) == Timestamp(wall: ahead, logical: 11))
  }

  @Test func hlcReceiveOfAnOlderMessageCountsOnTheLocalL() {
    let ahead = (noon + .seconds(30)).microseconds
    var receiver = hybrid()
    receiver.observe(Timestamp(wall: ahead, logical: 0, source: .hybrid), at: noon)  // (ahead, 1)
    receiver.observe(Timestamp(wall: noon.microseconds, logical: 50, source: .hybrid), at: noon)  // l = l'
    #expect(receiver.stampLocalEvent(at: noon) == Timestamp(wall: ahead, logical: 3))
  }

  @Test func hlcReceiveBehindPhysicalTimeResetsTheCounter() {
    var receiver = hybrid()
    receiver.observe(Timestamp(wall: noon.microseconds, logical: 7, source: .hybrid), at: noon + .seconds(1))
    let stamp = receiver.stampLocalEvent(at: noon + .seconds(1))
    #expect(stamp == Timestamp(wall: (noon + .seconds(1)).microseconds, logical: 1))
  }

  @Test(arguments: [TimestampSource.physical, .hybrid, .lamport])
  func causalityUnderSkew(source: TimestampSource) {
    // US (exact) stamps e; Asia, whose clock is 2 minutes slow, receives e 75 ms later and then
    // stamps f. e happened before f; only the logical clocks say so.
    var us = WriteClock(source: source, clock: .exact)
    var asia = WriteClock(source: source, clock: NodeClock(skew: .minutes(-2)))
    let e = us.stampLocalEvent(at: noon)
    let arrival = noon + .milliseconds(75)
    asia.observe(e, at: arrival)
    let f = asia.stampLocalEvent(at: arrival + .milliseconds(1))
    switch source {
    case .physical: #expect(f < e, "a physical clock running slow stamps the later event as older")
    case .hybrid, .lamport: #expect(e < f)
    }
  }

  @Test func hlcStaysWithinTheSkewOfPhysicalTime() {
    // A fast sender drags l forward, but never past the largest clock reading in the system.
    var fast = hybrid(skew: .seconds(5))
    var exact = hybrid()
    var now = noon
    for _ in 0..<20 {
      now = now + .milliseconds(100)
      exact.observe(fast.stampLocalEvent(at: now), at: now + .milliseconds(75))
      let stamp = exact.stampLocalEvent(at: now + .milliseconds(80))
      #expect(stamp.wall >= (now + .milliseconds(80)).microseconds)
      #expect(stamp.wall <= (now + .seconds(5)).microseconds)
    }
  }
}
