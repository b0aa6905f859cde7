/// The clock state a leader uses to stamp its writes, for any ``TimestampSource``.
///
/// The three sources follow their published rules:
/// - physical: the node's UTC clock reading, nothing else;
/// - Lamport (1978): IR1 increments the counter for each local event; IR2 moves it past the
///   timestamp of every received message;
/// - hybrid (Kulkarni et al., 2014): `l` is the largest clock reading seen, `c` counts events
///   that share the same `l`, so a timestamp never runs behind one the node has received.
public struct WriteClock: Hashable, Sendable {
  /// Which rule stamps writes.
  public let source: TimestampSource
  /// The physical clock underneath (its skew and drift).
  public var clock: NodeClock
  private var lastWall: Int64 = 0
  private var counter: Int64 = 0

  /// Creates a write clock of the given kind over a physical clock.
  public init(source: TimestampSource, clock: NodeClock) {
    self.source = source
    self.clock = clock
  }

  /// Stamps a local event (a new write) at true simulated time `now`.
  public mutating func stampLocalEvent(at now: SimTime) -> Timestamp {
    let physical = clock.reading(at: now)
    switch source {
    case .physical:
      return Timestamp(wall: physical, source: .physical)
    case .lamport:
      counter += 1
      return Timestamp(wall: 0, logical: counter, source: .lamport)
    case .hybrid:
      let previous = lastWall
      lastWall = max(previous, physical)
      counter = lastWall == previous ? counter + 1 : 0
      return Timestamp(wall: lastWall, logical: counter, source: .hybrid)
    }
  }

  /// Takes in the timestamp of a received write, so later local stamps order after it.
  ///
  /// Always inlined: a physical clock takes nothing in, and every replicated version passes
  /// here, so that case costs a comparison instead of a call.
  @inline(__always)
  public mutating func observe(_ received: Timestamp, at now: SimTime) {
    if case .physical = source { return }
    observeLogical(received, at: now)
  }

  /// ``observe(_:at:)`` for Lamport and hybrid clocks.
  private mutating func observeLogical(_ received: Timestamp, at now: SimTime) {
    switch source {
    case .physical:
      return
    case .lamport:
      counter = max(counter, received.logical) + 1
    case .hybrid:
      let physical = clock.reading(at: now)
      let previous = lastWall
      lastWall = max(previous, received.wall, physical)
      if lastWall == previous && lastWall == received.wall {
        counter = max(counter, received.logical) + 1
      } else if lastWall == previous {
        counter += 1
      } else if lastWall == received.wall {
        counter = received.logical + 1
      } else {
        counter = 0
      }
    }
  }
}
