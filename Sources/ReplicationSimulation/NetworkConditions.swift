import ReplicationModel

/// How the simulated network behaves: latencies between regions and the faults it injects.
///
/// The defaults feel like the real thing: about 75 ms one way between regions (US–Asia), 1 ms
/// inside a region, and a reliable network that keeps each link's messages in order, as a
/// replication stream over TCP does. Loss, duplication and reordering are off until asked for;
/// when on, they draw from the simulation's seeded generator.
public struct NetworkConditions: Hashable, Sendable {
  /// One-way latency between nodes of the same region.
  public var intraRegionLatency: SimDuration
  /// One-way latency between regions without a latency of their own.
  public var crossRegionLatency: SimDuration
  /// One-way latencies set for particular region pairs (both directions).
  public private(set) var pairLatency: [RegionPair: SimDuration] = [:]
  /// The probability that a message is lost on its first try (it is re-sent after
  /// ``retransmitAfter``).
  public var lossProbability: Double
  /// The probability that a message is delivered twice.
  public var duplicationProbability: Double
  /// The largest random extra delay added to each message.
  public var jitter: SimDuration
  /// Whether a message may overtake an earlier one on the same link; when `false`, each link
  /// delivers in the order it sent.
  public var allowsReordering: Bool
  /// How long a sender waits before re-sending a lost message.
  public var retransmitAfter: SimDuration

  /// Creates network conditions; every argument has a realistic default.
  public init(
    intraRegionLatency: SimDuration = .milliseconds(1),
    crossRegionLatency: SimDuration = .milliseconds(75),
    lossProbability: Double = 0,
    duplicationProbability: Double = 0,
    jitter: SimDuration = .zero,
    allowsReordering: Bool = false,
    retransmitAfter: SimDuration = .milliseconds(200)
  ) {
    self.intraRegionLatency = intraRegionLatency
    self.crossRegionLatency = crossRegionLatency
    self.lossProbability = lossProbability
    self.duplicationProbability = duplicationProbability
    self.jitter = jitter
    self.allowsReordering = allowsReordering
    self.retransmitAfter = retransmitAfter
  }

  /// The one-way latency from one region to another.
  @inline(__always)
  public func latency(from source: RegionID, to destination: RegionID) -> SimDuration {
    if source == destination { return intraRegionLatency }
    guard !pairLatency.isEmpty else { return crossRegionLatency }
    return pairLatency[RegionPair(source, destination)] ?? crossRegionLatency
  }

  /// Sets the one-way latency between two regions (or inside one, when they are the same).
  public mutating func setLatency(_ latency: SimDuration, between a: RegionID, and b: RegionID)
    throws(ModelError)
  {
    guard latency >= .zero else { throw .negativeLatency(latency) }
    guard latency <= ModelError.maximumDuration else { throw .durationOutOfRange(what: "latency", latency) }
    if a == b {
      intraRegionLatency = latency
    } else {
      pairLatency[RegionPair(a, b)] = latency
    }
  }

  /// The same conditions without any latency set for a particular region pair.
  public func withoutPairLatencies() -> NetworkConditions {
    var copy = self
    copy.pairLatency = [:]
    return copy
  }

  /// Checks that every setting is in range.
  public func validate() throws(ModelError) {
    for latency in [intraRegionLatency, crossRegionLatency, jitter, retransmitAfter] + pairLatency.values {
      guard latency >= .zero else { throw .negativeLatency(latency) }
      guard latency <= ModelError.maximumDuration else { throw .durationOutOfRange(what: "latency", latency) }
    }
    guard (0...1).contains(lossProbability) else { throw .probabilityOutOfRange("loss", lossProbability) }
    guard (0...1).contains(duplicationProbability) else {
      throw .probabilityOutOfRange("duplication", duplicationProbability)
    }
  }
}

/// An unordered pair of regions, the key of a symmetric latency.
public struct RegionPair: Hashable, Sendable {
  /// The region with the smaller id.
  public let low: RegionID
  /// The region with the larger id.
  public let high: RegionID

  /// Creates the pair of `a` and `b`, in either order.
  public init(_ a: RegionID, _ b: RegionID) {
    low = min(a, b)
    high = max(a, b)
  }
}
