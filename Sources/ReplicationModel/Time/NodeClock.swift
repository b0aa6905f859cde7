/// A node's physical UTC clock: true simulated time plus a fixed skew and a steady drift.
///
/// Real clocks are never exact. NTP keeps them close, but a clock can run minutes fast or
/// slow after a failed sync. The model shows what that does to timestamp-based conflict
/// resolution: a clock two minutes fast makes its writes look two minutes newer than they are.
public struct NodeClock: Hashable, Sendable {
  /// How far the clock is ahead of true time (negative: behind).
  public var skew: SimDuration
  /// How fast the clock gains time, in parts per million of elapsed simulated time.
  public var driftPPM: Int64

  /// Creates a clock with the given skew and drift; the default is a perfect clock.
  public init(skew: SimDuration = .zero, driftPPM: Int64 = 0) {
    self.skew = skew
    self.driftPPM = driftPPM
  }

  /// A perfect clock.
  public static let exact = NodeClock()

  /// Checks that the skew is within a day and the drift within 10%.
  public func validate() throws(ModelError) {
    guard skew.microseconds.magnitude <= ModelError.maximumDuration.microseconds.magnitude else {
      throw .durationOutOfRange(what: "clock skew", skew)
    }
    guard driftPPM.magnitude <= ModelError.maximumDriftPPM.magnitude else { throw .driftOutOfRange(driftPPM) }
  }

  /// What this clock shows at true simulated time `now`, in microseconds since midnight UTC.
  ///
  /// The drift is `elapsed × ppm / 1,000,000`, truncated towards zero. It is computed from whole
  /// seconds and the microseconds left over, so the product never overflows: at the largest
  /// drift, `elapsed × ppm` would pass `Int64.max` after about 1,067 days.
  public func reading(at now: SimTime) -> Int64 {
    let elapsed = now.microseconds - SimTime.start.microseconds
    let (seconds, leftover) = elapsed.quotientAndRemainder(dividingBy: 1_000_000)
    let drift = seconds * driftPPM + leftover * driftPPM / 1_000_000
    return now.microseconds + skew.microseconds + drift
  }
}
